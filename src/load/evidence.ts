/**
 * Evidence records in the corpus format (src/load/format.ts): what one source says about one
 * fact (docs/evidence.md). The generator writes them, the bulk loader validates and stores them
 * as :Evidence nodes.
 *
 * The record is checked with a zod schema (strict: an unknown key is a mistake, not data), so a
 * bad record is refused with the field and what is expected.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { normalise } from '../citations/match';
import { ATTRIBUTIONS, EVIDENCE_STATUSES, STANCES } from '../ontology/vocabulary';

// The vocabularies are the ontology's, in one module (src/ontology/vocabulary.ts).
export { ATTRIBUTIONS, EVIDENCE_STATUSES, STANCES } from '../ontology/vocabulary';
export type { Attribution, EvidenceStatus, Stance } from '../ontology/vocabulary';

const nonBlank = (what: string) => z.string().refine((s) => s.trim() !== '', `${what} must be a non-empty string`);
const offset = z.number().int('must be a whole number (a code-point offset)').min(0, 'must be 0 or more');

/**
 * One evidence record. `factTypes` says which labels and relationship types a fact can have
 * (the format's lists; passed in to keep this module free of the format's other rules).
 */
export function evidenceSchema(factTypes: { node: readonly string[]; relationship: readonly string[] }) {
  const nodeTypes = new Set(factTypes.node);
  const relTypes = new Set(factTypes.relationship);
  return z
    .object({
      factId: nonBlank('factId'),
      factKind: z.enum(['node', 'relationship']),
      factType: z.string(),
      factFrom: nonBlank('factFrom').optional(),
      factTo: nonBlank('factTo').optional(),
      sourceId: nonBlank('sourceId'),
      excerpt: nonBlank('excerpt'),
      textStart: offset.optional(),
      textEnd: offset.optional(),
      attribution: z.enum(ATTRIBUTIONS),
      attributedTo: nonBlank('attributedTo'),
      confidence: z.number().min(0, 'must be from 0 to 1').max(1, 'must be from 0 to 1'),
      status: z.enum(EVIDENCE_STATUSES),
      stance: z.enum(STANCES),
      statedValue: z.union([z.number(), z.string()]).optional(),
      note: z.string().optional(),
      derivation: z.string().optional(),
    })
    .strict()
    .superRefine((e, ctx) => {
      const issue = (path: string, message: string): void => {
        ctx.addIssue({ code: 'custom', path: [path], message });
      };
      if (e.factKind === 'node' && !nodeTypes.has(e.factType))
        issue(
          'factType',
          `a node fact's type is one of ${factTypes.node.join(', ')} (got ${JSON.stringify(e.factType)})`,
        );
      if (e.factKind === 'relationship' && !relTypes.has(e.factType))
        issue(
          'factType',
          `a relationship fact's type is one of ${factTypes.relationship.join(', ')} (got ${JSON.stringify(e.factType)})`,
        );
      if (e.factKind === 'relationship' && (e.factFrom === undefined || e.factTo === undefined))
        issue('factFrom', 'a relationship fact needs factFrom and factTo (the ids of its start and end nodes)');
      if (e.factKind === 'node' && (e.factFrom !== undefined || e.factTo !== undefined))
        issue('factFrom', 'a node fact has no factFrom/factTo');
      if ((e.textStart === undefined) !== (e.textEnd === undefined))
        issue('textStart', 'give textStart and textEnd together, or neither');
      if (e.textStart !== undefined && e.textEnd !== undefined && e.textEnd <= e.textStart)
        issue('textEnd', `must be greater than textStart (${e.textStart}-${e.textEnd} is empty)`);
    });
}

export type EvidenceRecordBody = z.infer<ReturnType<typeof evidenceSchema>>;

/** The first problem zod found, as one line: `evidence.<field>: <what is wrong>`. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const where = issue.path.length ? `evidence.${issue.path.join('.')}` : 'evidence';
  if (issue.code === 'unrecognized_keys')
    return `${where}: unknown field(s) ${issue.keys.map((k) => JSON.stringify(k)).join(', ')} (docs/evidence.md lists the fields)`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${where} is required`;
  return `${where}: ${issue.message}`;
}

/**
 * The evidence record's id (docs/evidence.md): `<factId>|<sourceId>|<textStart>-<textEnd>` when the
 * record locates its excerpt; otherwise (synthetic sources have no text)
 * `<factId>|<sourceId>|sha256:<first 16 hex digits of the SHA-256 of the normalised excerpt>`, so
 * the same excerpt of the same source for the same fact is always the same record.
 */
export function evidenceId(
  e: Pick<EvidenceRecordBody, 'factId' | 'sourceId' | 'excerpt' | 'textStart' | 'textEnd'>,
): string {
  if (e.textStart !== undefined && e.textEnd !== undefined)
    return `${e.factId}|${e.sourceId}|${e.textStart}-${e.textEnd}`;
  const digest = createHash('sha256').update(normalise(e.excerpt), 'utf8').digest('hex');
  return `${e.factId}|${e.sourceId}|sha256:${digest.slice(0, 16)}`;
}
