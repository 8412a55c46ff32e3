/**
 * A curation mutation's input checked EXACTLY as `npm run ingest` checks a source file: the
 * input becomes the document the ingest format describes (docs/ingest.md) — a `source`
 * section, an entity entry, a statement — and goes through the same shape check
 * (src/ingest/document.ts), the same database look-ups (src/ingest/lookups.ts, here inside
 * the write's transaction) and the same checks against the source text and the graph
 * (src/ingest/validate.ts). The messages are the ingest's; only where they point differs:
 * an input path (`input.evidence[0].excerpt`) instead of file:line.
 */
import { ManagedTransaction } from 'neo4j-driver';
import { DomainError, ErrorCode } from '../errors';
import { checkShape } from '../ingest/document';
import { readSourceText } from '../ingest/ingest';
import { lookUpIn } from '../ingest/lookups';
import { Lookups, Plan, SourceText, validateDocument } from '../ingest/validate';
import { DataPath } from '../ingest/yaml';

/** One problem with a mutation's input: where (an input path) and what, in the ingest's words. */
export interface InputProblem {
  at: string;
  message: string;
}

/** How a path in the built document reads as a path in the mutation's input. */
export type PathMap = (path: DataPath) => DataPath;

export const formatPath = (p: DataPath): string =>
  p.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i ? '.' : ''}${s}`)).join('');

/** BAD_USER_INPUT with every problem; the message names the first. */
export function invalidInput(problems: InputProblem[]): DomainError {
  const first = problems[0]!;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more: see extensions.problems)` : '';
  return new DomainError(ErrorCode.BAD_USER_INPUT, `${first.at}: ${first.message}${more}`, {
    argument: 'input',
    problems,
  });
}

/** GraphQL gives absent optional fields as null; the ingest format has no nulls. */
export function compact<T>(value: T): T {
  if (Array.isArray(value)) return value.map(compact) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [k, compact(v)]),
    ) as T;
  }
  return value;
}

export interface CheckRequest {
  /** The document in the ingest format: {source?, entities?, statements?}. */
  document: Record<string, unknown>;
  /** The registered Source the evidence cites (when the document has no `source` section). */
  sourceId?: string;
  /** The facts the document is about: the source's evidence on them is what the checks compare with. */
  factIds: string[];
  /** The service's folder of source texts (SOURCES_DIR). */
  sourcesDir: string | undefined;
  recordedBy: string;
  paths: PathMap;
}

export interface Checked {
  plan: Plan;
  lookups: Lookups;
}

/** Check a mutation's document as the ingest checks a file; the plan, or BAD_USER_INPUT naming every problem. */
export async function checkDocument(tx: ManagedTransaction, req: CheckRequest): Promise<Checked> {
  const registering = req.document.source !== undefined;
  const shape = checkShape(req.document, { sourceSection: registering, allowEmpty: registering });
  const problems: { path: DataPath; message: string }[] = [...shape.issues];
  const lookups = await lookUpIn(tx, shape.doc, req.sourceId, req.factIds);

  let text: SourceText | null = null;
  let source: { id: string; textFile: string | null } | undefined;
  const noTexts = (): SourceText => ({
    file: '',
    content: null,
    problem: 'this service has no folder of source texts (SOURCES_DIR), so no text can be read or checked',
  });
  if (shape.doc.source) {
    text = req.sourcesDir ? readSourceText(req.sourcesDir, shape.doc.source.text) : noTexts();
  } else if (req.sourceId) {
    const stored = lookups.source?.properties;
    const textFile = typeof stored?.textFile === 'string' ? stored.textFile : null;
    source = { id: req.sourceId, textFile };
    if (stored && textFile) text = req.sourcesDir ? readSourceText(req.sourcesDir, textFile) : noTexts();
  }

  const validation = validateDocument(shape.doc, text, lookups, { recordedBy: req.recordedBy, source });
  problems.push(...validation.problems);
  if (problems.length || !validation.plan) {
    throw invalidInput(problems.map((p) => ({ at: formatPath(['input', ...req.paths(p.path)]), message: p.message })));
  }
  // The API adds records; it never rewrites one (ingest updates the records a file wrote before).
  const existing = validation.plan.evidence.filter((e) => e.state !== 'new');
  if (existing.length) {
    throw invalidInput(
      existing.map((e) => ({
        at: formatPath(['input', ...req.paths(e.path)]),
        message:
          `this evidence is already recorded as ${e.id}` +
          (lookups.evidence.get(e.id)?.retractedAt ? ' (retracted)' : '') +
          '; an evidence record is never rewritten: retract it and record the corrected reading at another excerpt, or leave it',
      })),
    );
  }
  return { plan: validation.plan, lookups };
}

/** Paths of a document with one entity entry (createEntity). */
export const entityPaths: PathMap = (p) => (p[0] === 'entities' ? p.slice(2) : p[0] === 'source' ? ['sourceId'] : p);

/** Paths of a document with one statement (assertFact, addEvidence). */
export const statementPaths: PathMap = (p) => {
  if (p[0] === 'source') return ['sourceId'];
  if (p[0] !== 'statements') return p;
  const rest = p.slice(2);
  if (rest[0] === 'relationship') return ['type', ...rest.slice(1)];
  if (rest[0] === 'node') return ['factId'];
  return rest;
};

/** Paths of a document with only a `source` section (registerSource). */
export const sourcePaths: PathMap = (p) => (p[0] === 'source' ? p.slice(1) : p);
