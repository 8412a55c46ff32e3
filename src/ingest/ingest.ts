/**
 * `npm run ingest` end to end, without the command line: read a source file and its text,
 * check it all (shape, then text and database), and — unless it is a dry run — write it.
 * Every problem comes back as file:line and a message; nothing is written when there is one.
 *
 * parseSourceFile and checkSourceFile are pure (no I/O): the unit tests and, later, an API
 * can run every check on a file's content, a text and lookups they provide.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { checkShape, Issue, SourceDocument } from './document';
import { lookUp } from './lookups';
import { Lookups, Plan, sourceText, SourceText, validateDocument } from './validate';
import { writeIngest, WriteReport } from './write';
import { parseYaml, ParsedYaml } from './yaml';

/** A problem or warning, placed in the file. */
export interface Finding {
  file: string;
  line: number;
  /** Where in the file's structure, e.g. statements[3].evidence[0].excerpt. */
  at: string;
  message: string;
}

export interface IngestOptions {
  /** The source file (YAML). */
  file: string;
  /** How messages name the file (default: `file`), e.g. relative to where the user is. */
  name?: string;
  /** Folder holding the source texts. */
  textsDir: string;
  database: string;
  dryRun?: boolean;
}

export interface IngestResult {
  file: string;
  /** The text the file names, and its SHA-256, when it was read. */
  text?: { file: string; sha256: string };
  problems: Finding[];
  warnings: Finding[];
  plan?: Plan;
  /** Absent on a dry run or when there were problems. */
  written?: WriteReport;
}

const formatPath = (p: readonly (string | number)[]): string =>
  p.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i ? '.' : ''}${s}`)).join('') || '(file)';

/** What wrote the evidence: stable across runs and working directories. */
export const recordedByFor = (file: string): string => `ingest:${path.basename(file)}`;

/** A source file read and shape-checked; `doc` holds the sections that passed. */
export interface ParsedSourceFile {
  file: string;
  yaml: ParsedYaml;
  doc: SourceDocument;
  /** Syntax and shape problems. */
  problems: Finding[];
}

export function parseSourceFile(file: string, content: string): ParsedSourceFile {
  const yaml = parseYaml(content);
  if (yaml.syntaxErrors.length) {
    return {
      file,
      yaml,
      doc: checkShape({}).doc,
      problems: yaml.syntaxErrors.map((e) => ({ file, line: e.line, at: '(YAML)', message: e.message })),
    };
  }
  const shape = checkShape(yaml.data);
  return { file, yaml, doc: shape.doc, problems: shape.issues.map((i) => place(file, yaml, i)) };
}

function place(file: string, yaml: ParsedYaml, issue: Issue): Finding {
  return { file, line: yaml.lineOf(issue.path), at: formatPath(issue.path), message: issue.message };
}

/** Every check of a parsed file against its text and the database's lookups; the plan when all pass. */
export function checkSourceFile(
  parsed: ParsedSourceFile,
  text: SourceText | null,
  lookups: Lookups,
): { problems: Finding[]; warnings: Finding[]; plan?: Plan } {
  const validation = validateDocument(parsed.doc, text, lookups, { recordedBy: recordedByFor(parsed.file) });
  const byLine = (a: Finding, b: Finding) => a.line - b.line;
  const problems = [...parsed.problems, ...validation.problems.map((i) => place(parsed.file, parsed.yaml, i))].sort(
    byLine,
  );
  const warnings = validation.warnings.map((i) => place(parsed.file, parsed.yaml, i)).sort(byLine);
  // A file with any problem, even one in a section validate.ts could not see, has no plan.
  return { problems, warnings, plan: problems.length ? undefined : validation.plan };
}

/** The text a source file names, from the texts folder. */
export function readSourceText(dir: string, name: string): SourceText {
  const full = path.resolve(dir, name);
  try {
    return sourceText(name, fs.readFileSync(full));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      file: name,
      content: null,
      problem:
        code === 'ENOENT'
          ? `the text file ${name} is not in ${dir}: put it there, or point --texts (or SOURCES_DIR) at the folder that holds it`
          : `the text file ${path.join(dir, name)} cannot be read: ${(error as Error).message}`,
    };
  }
}

/** Check a source file and write it unless asked for a dry run (or it has problems). */
export async function ingest(driver: Driver, options: IngestOptions): Promise<IngestResult> {
  const name = options.name ?? options.file;
  const parsed = parseSourceFile(name, fs.readFileSync(options.file, 'utf8'));
  const result: IngestResult = { file: name, problems: parsed.problems, warnings: [] };
  if (parsed.yaml.syntaxErrors.length) return result;

  const text = parsed.doc.source ? readSourceText(options.textsDir, parsed.doc.source.text) : null;
  if (text && text.content !== null) result.text = { file: text.file, sha256: text.sha256 };
  const lookups = await lookUp(driver, options.database, parsed.doc);
  const checked = checkSourceFile(parsed, text, lookups);
  result.problems = checked.problems;
  result.warnings = checked.warnings;
  if (!checked.plan) return result;
  result.plan = checked.plan;
  if (!options.dryRun) result.written = await writeIngest(driver, options.database, checked.plan);
  return result;
}
