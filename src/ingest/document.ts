/**
 * The source file format of `npm run ingest` (docs/ingest.md): its shape, as zod schemas.
 *
 * Each section (source, defaults, every entity, every statement) is checked on its own, so
 * one misspelt key does not hide the problems of the rest of the file: every section that
 * passes goes on to the checks against the text and the database (validate.ts), and all
 * problems are reported at once.
 */
import { z } from 'zod';
import { DATE_PROPERTIES, ENTITY_LABELS, RELATIONSHIP_TYPES } from '../ontology/labels';
import { ATTRIBUTIONS, ENTITY_ID_PREFIX, EVIDENCE_STATUSES, PRECISIONS, STANCES } from '../ontology/vocabulary';
import { ACCESS_PATH_PROPERTIES } from '../ontology/access-paths';
import { DataPath } from './yaml';

/** One thing wrong with the file, at a path in it (the caller turns the path into file:line). */
export interface Issue {
  path: DataPath;
  message: string;
}

const oneOf = (values: readonly string[], what: string) =>
  z.enum(values as [string, ...string[]], {
    error: (iss) =>
      `${JSON.stringify(iss.input)} is not ${what}; use one of: ${values.join(', ')} (docs/ontology.md, docs/evidence.md)`,
  });

const text = (what: string) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? `${what} is required` : `${what} must be text`) })
    .refine((s) => s.trim() !== '', `${what} must not be empty`);

/** A reference to an entity that may already be in the database: any non-empty id. */
const reference = (what: string) => text(what);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function calendarDate(value: string): Date | undefined {
  const m = ISO_DATE.exec(value);
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
    ? d
    : undefined;
}

const isoDate = z
  .string({ error: 'write dates as text YYYY-MM-DD (e.g. 2021-03-01), the first day of their unit' })
  .regex(ISO_DATE, 'write dates as YYYY-MM-DD (e.g. 2021-03-01 for March 2021 with precision month)')
  .refine((v) => calendarDate(v) !== undefined, { error: (iss) => `${String(iss.input)} is not a calendar date` });

const precision = oneOf(PRECISIONS, 'a date precision');

/** The first day of the unit a date of this precision names (docs/ontology.md, "Time"). */
function firstDayOfUnit(date: Date, p: string): string {
  const y = date.getUTCFullYear();
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  switch (p) {
    case 'week': {
      const monday = new Date(date);
      monday.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
      return iso(monday);
    }
    case 'month':
      return iso(new Date(Date.UTC(y, date.getUTCMonth(), 1)));
    case 'year':
      return `${String(y).padStart(4, '0')}-01-01`;
    case 'decade':
      return `${String(y - (y % 10)).padStart(4, '0')}-01-01`;
    default:
      return iso(date);
  }
}

/** Date properties and their precision properties, as the ontology stores them. */
const DATE_KEYS = [...DATE_PROPERTIES] as const;
const precisionKey = (dateKey: string): string => (dateKey === 'date' ? 'datePrecision' : `${dateKey}Precision`);

const timeFields = {
  date: isoDate.optional(),
  datePrecision: precision.optional(),
  validFrom: isoDate.optional(),
  validFromPrecision: precision.optional(),
  validTo: isoDate.optional(),
  validToPrecision: precision.optional(),
  knownFrom: isoDate.optional(),
  knownFromPrecision: precision.optional(),
  knownTo: isoDate.optional(),
  knownToPrecision: precision.optional(),
  openEnded: z.boolean({ error: 'openEnded must be true or false' }).optional(),
};

type TimeFields = { [K in keyof typeof timeFields]?: z.infer<(typeof timeFields)[K]> };

/** Every date has its precision and is the first day of its unit; periods do not run backwards. */
function checkTime(value: TimeFields, ctx: z.RefinementCtx): void {
  const v = value as Record<string, string | boolean | undefined>;
  for (const key of DATE_KEYS) {
    const pKey = precisionKey(key);
    const date = v[key] as string | undefined;
    const p = v[pKey] as string | undefined;
    if (date !== undefined && p === undefined) {
      ctx.addIssue({ code: 'custom', path: [key], message: `${key} needs ${pKey} (${PRECISIONS.join(', ')})` });
    } else if (date === undefined && p !== undefined) {
      ctx.addIssue({ code: 'custom', path: [pKey], message: `${pKey} is given without ${key}` });
    } else if (date !== undefined && p !== undefined) {
      const d = calendarDate(date);
      if (d && firstDayOfUnit(d, p) !== date) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message:
            `a date is stored as the first day of its unit: a ${p}-precision ${key} of ${date} is written ` +
            `${firstDayOfUnit(d, p)} (docs/ontology.md, "Time")`,
        });
      }
    }
  }
  for (const [from, to] of [
    ['validFrom', 'validTo'],
    ['knownFrom', 'knownTo'],
  ] as const) {
    const a = v[from] as string | undefined;
    const b = v[to] as string | undefined;
    if (a && b && calendarDate(a) && calendarDate(b) && a > b) {
      ctx.addIssue({ code: 'custom', path: [to], message: `${to} ${b} is before ${from} ${a}` });
    }
  }
}

/** Keys that are not a fact's own properties: they are set elsewhere in the file, derived, or evidence. */
const RESERVED_PROPERTIES: Record<string, string> = {
  id: 'give it as the entry\'s "id" (entities) or derive it from type/from/to/role (relationships)',
  label: 'give it as the entry\'s "label"',
  name: 'give it as the entry\'s "name"',
  aliases: 'give it as the entry\'s "aliases"',
  aliasText: 'it is derived from "aliases"',
  description: 'give it as the entry\'s "description"',
  role: 'give it as the statement\'s "role"',
  openEnded: 'give it beside the dates, at the top of the entry',
  timeStart: 'it is derived from the dates',
  timeEnd: 'it is derived from the dates',
  timeDerivation: 'it is derived from the dates',
  ...Object.fromEntries(
    ACCESS_PATH_PROPERTIES.map((k) => [k, 'it is an access path derived from the graph (docs/ontology.md)']),
  ),
  sourceCount: 'it is a summary of the evidence',
  evidenceCount: 'it is a summary of the evidence',
  confidence: 'it belongs on the evidence entries (the fact carries their aggregate)',
  disputed: 'it is a summary of the evidence',
  attributions: 'it is a summary of the evidence',
  statuses: 'it is a summary of the evidence',
  sourceId: 'evidence names its source; this file is one source',
  excerpt: 'it belongs on the evidence entries',
  attribution: 'it belongs on the evidence entries',
  attributedTo: 'it belongs on the evidence entries',
  status: 'it belongs on the evidence entries',
  derivation: 'it belongs on the evidence entries',
  note: 'it belongs on the evidence entries',
};
for (const key of DATE_KEYS) {
  RESERVED_PROPERTIES[key] = 'give it beside its precision, at the top of the entry';
  RESERVED_PROPERTIES[precisionKey(key)] = 'give it beside its date, at the top of the entry';
}

const scalar = z.union([z.string(), z.number().refine(Number.isFinite), z.boolean()]);
const propertyValue = z.union([scalar, z.array(z.string()), z.array(z.number()), z.array(z.boolean())], {
  error: 'a property is text, a number, true/false, or a list of one of those (Neo4j stores no maps or nulls)',
});

/** A fact's other properties (`kind`, `metric`, `value`, `eventType`…): a flat map of Neo4j-storable values. */
const properties = z
  .record(z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'property names are camelCase'), propertyValue)
  .superRefine((props, ctx) => {
    for (const key of Object.keys(props)) {
      const why = RESERVED_PROPERTIES[key];
      if (why) ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" cannot be set in properties: ${why}` });
    }
  });

/** A strict object: a key it does not know is an error that lists the keys it does. */
function section<S extends z.ZodRawShape>(what: string, shape: S) {
  return z.strictObject(shape, {
    error: (iss) => {
      if (iss.code === 'unrecognized_keys') {
        return `unknown key${iss.keys.length > 1 ? 's' : ''} ${iss.keys.map((k) => `"${k}"`).join(', ')} in ${what}; the keys are: ${Object.keys(shape).join(', ')}`;
      }
      if (iss.code === 'invalid_type') return `${what} must be a mapping of keys to values`;
      return undefined;
    },
  });
}

const confidence = z
  .number({ error: 'confidence is a number from 0 to 1' })
  .min(0, 'confidence is a number from 0 to 1')
  .max(1, 'confidence is a number from 0 to 1');

/** What every evidence entry inherits unless it says otherwise. */
const evidenceDefaultFields = {
  attribution: oneOf(ATTRIBUTIONS, 'an attribution').optional(),
  attributedTo: reference('attributedTo').optional(),
  confidence: confidence.optional(),
  status: oneOf(EVIDENCE_STATUSES, 'an evidence status').optional(),
  stance: oneOf(STANCES, 'a stance').optional(),
};

export const defaultsSchema = section('defaults', evidenceDefaultFields);

export const evidenceSchema = section('an evidence entry', {
  excerpt: text('excerpt'),
  occurrence: z
    .number({ error: 'occurrence is a whole number from 1: which occurrence of the excerpt in the text' })
    .int('occurrence is a whole number from 1')
    .min(1, 'occurrence is a whole number from 1')
    .optional(),
  prefix: text('prefix').optional(),
  suffix: text('suffix').optional(),
  ...evidenceDefaultFields,
  statedValue: z
    .number({ error: 'statedValue is the number the source gives for the statistic' })
    .refine(Number.isFinite, 'statedValue must be a finite number')
    .optional(),
  note: text('note').optional(),
  derivation: text('derivation').optional(),
});

const SLUG = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

export const sourceSchema = section('source', {
  id: z
    .string({ error: 'source id is required: source:<slug>' })
    .regex(/^source:[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'a source id is source:<slug> (lower-case letters, digits, dashes)'),
  title: text('title'),
  publisher: text('publisher'),
  publisherId: reference('publisherId').optional(),
  date: isoDate,
  datePrecision: precision,
  publishedAtText: text('publishedAtText').optional(),
  kind: z
    .string({ error: 'kind is required (e.g. news-article)' })
    .regex(SLUG, 'kind is lower-case kebab (news-article)'),
  language: z
    .string({ error: 'language is required: an ISO 639-1 code such as en' })
    .regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'language is an ISO 639-1 code such as en or es'),
  url: z.url({ error: 'url must be an absolute URL; leave it out unless the source gives it' }).optional(),
  synthetic: z.boolean({ error: 'synthetic must be true or false' }).optional(),
  text: z
    .string({
      error: 'text is required: the file name of the source text in the texts folder (--texts or SOURCES_DIR)',
    })
    .regex(/^[^/\\]+$/, 'text is a file name inside the texts folder (--texts or SOURCES_DIR), without a folder')
    .refine((v) => !v.startsWith('.'), 'text is a file name inside the texts folder, not a hidden or relative path'),
}).superRefine((v, ctx) => checkTime(v, ctx));

/** A new entity (or, on a rerun, one this file created before): its label, identity, names, dates and evidence. */
export const entitySchema = section('an entity', {
  label: oneOf(ENTITY_LABELS, 'an entity label'),
  id: text('id'),
  name: text('name'),
  aliases: z.array(text('an alias'), { error: 'aliases is a list of names' }).optional(),
  description: text('description').optional(),
  ...timeFields,
  properties: properties.optional(),
  evidence: z
    .array(evidenceSchema, { error: 'evidence is a list of entries, each with an excerpt' })
    .min(1, 'an entity needs at least one evidence entry: where the source names it'),
}).superRefine((v, ctx) => {
  checkTime(v, ctx);
  const prefix = ENTITY_ID_PREFIX[v.label as keyof typeof ENTITY_ID_PREFIX];
  if (prefix && !new RegExp(`^${prefix}:[a-z0-9]+(?:[-.][a-z0-9]+)*$`).test(v.id)) {
    ctx.addIssue({
      code: 'custom',
      path: ['id'],
      message: `the id of a new ${v.label} is ${prefix}:<slug> (lower-case letters, digits, dashes), e.g. ${prefix}:${
        v.id
          .replace(/^[^:]*:/, '')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '') || 'name'
      }`,
    });
  }
});

/**
 * An existing entity after a correction (the curation API's updateEntity): the fields of an
 * entity entry and the same rules — dates with their precision, first day of the unit,
 * periods forward, property names and values — without evidence, which a correction does
 * not add.
 */
const entityUpdateSchema = section('an entity', {
  label: oneOf(ENTITY_LABELS, 'an entity label'),
  id: text('id'),
  name: text('name'),
  aliases: z.array(text('an alias'), { error: 'aliases is a list of names' }).optional(),
  description: text('description').optional(),
  ...timeFields,
  properties: properties.optional(),
}).superRefine((v, ctx) => checkTime(v, ctx));

/** The problems of an entity as a correction would leave it (paths relative to the entity). */
export function validateEntityUpdate(entry: unknown): Issue[] {
  const parsed = entityUpdateSchema.safeParse(entry);
  return parsed.success ? [] : issuesOf(parsed.error, []);
}

/** Evidence on an entity node, by id: one the database has or one this file defines. */
export const nodeStatementSchema = section('a node statement', {
  node: reference('node'),
  evidence: z
    .array(evidenceSchema, { error: 'evidence is a list of entries, each with an excerpt' })
    .min(1, 'a statement needs at least one evidence entry'),
});

const STATEMENT_TYPES = RELATIONSHIP_TYPES.filter((t) => t !== 'PUBLISHED_BY');

/**
 * Evidence on a relationship, identified by type, from, to and role. Without `new: true` the
 * relationship must already exist, so a misspelt role or type cannot silently create a fact.
 */
export const relationshipStatementSchema = section('a relationship statement', {
  relationship: oneOf(
    STATEMENT_TYPES,
    'a relationship type a statement can have (PUBLISHED_BY: use source.publisherId)',
  ),
  from: reference('from'),
  to: reference('to'),
  role: text('role').optional(),
  new: z.boolean({ error: 'new must be true or false' }).optional(),
  ...timeFields,
  properties: properties.optional(),
  evidence: z
    .array(evidenceSchema, { error: 'evidence is a list of entries, each with an excerpt' })
    .min(1, 'a statement needs at least one evidence entry'),
}).superRefine((v, ctx) => {
  checkTime(v, ctx);
  if (!v.new) {
    const given = [...Object.keys(timeFields), 'properties'].filter(
      (k) => (v as Record<string, unknown>)[k] !== undefined,
    );
    for (const key of given) {
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message:
          `"${key}" describes a new fact, but this statement refers to an existing relationship (no "new: true"); ` +
          "an existing fact's own properties are never changed by a source: drop it, or add new: true if the relationship is new",
      });
    }
  }
});

const topLevel = section('the file', {
  // Required for a file; checkShape says so itself (a curation mutation's document has none).
  source: z.unknown().optional(),
  defaults: z.unknown().optional(),
  entities: z.array(z.unknown(), { error: 'entities is a list' }).optional(),
  statements: z.array(z.unknown(), { error: 'statements is a list' }).optional(),
});

export type SourceSection = z.infer<typeof sourceSchema>;
export type Defaults = z.infer<typeof defaultsSchema>;
export type EvidenceEntry = z.infer<typeof evidenceSchema>;
export type EntityEntry = z.infer<typeof entitySchema> & { index: number };
export type NodeStatement = z.infer<typeof nodeStatementSchema> & { index: number };
export type RelationshipStatement = z.infer<typeof relationshipStatementSchema> & { index: number };
export type Statement = NodeStatement | RelationshipStatement;

export const isRelationshipStatement = (s: Statement): s is RelationshipStatement => 'relationship' in s;

/** The sections of a file that passed the shape check; the others are in `issues`. */
export interface SourceDocument {
  source?: SourceSection;
  defaults: Defaults;
  /** Whether `defaults` was readable; when not, evidence is not checked for missing fields. */
  defaultsValid: boolean;
  entities: EntityEntry[];
  /**
   * Ids of entity entries that failed the shape check: references to them are not reported
   * as unknown ids (the entry's own problem is), so one mistake gives one message.
   */
  unreadableEntityIds: Set<string>;
  statements: Statement[];
  /** Numbers of entries and statements in the file, passed or not. */
  counts: { entities: number; statements: number };
}

function issuesOf(error: z.ZodError, prefix: DataPath): Issue[] {
  return error.issues.map((iss) => {
    const path = [...prefix, ...(iss.path as (string | number)[])];
    // An unknown key is reported on its own line.
    if (iss.code === 'unrecognized_keys' && iss.keys.length > 0) path.push(iss.keys[0]!);
    return { path, message: iss.message };
  });
}

/**
 * Check the shape of a parsed file, section by section. A curation mutation's document
 * (src/curation/validation.ts) cites a registered source instead of carrying a `source`
 * section (`sourceSection: false`), and registering a source alone adds no facts
 * (`allowEmpty`).
 */
export function checkShape(
  data: unknown,
  options: { sourceSection?: boolean; allowEmpty?: boolean } = {},
): { doc: SourceDocument; issues: Issue[] } {
  const { sourceSection = true, allowEmpty = false } = options;
  const issues: Issue[] = [];
  const doc: SourceDocument = {
    defaults: {},
    defaultsValid: true,
    entities: [],
    unreadableEntityIds: new Set(),
    statements: [],
    counts: { entities: 0, statements: 0 },
  };
  const top = topLevel.safeParse(data ?? {});
  if (!top.success) {
    issues.push(...issuesOf(top.error, []));
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return { doc, issues };
  }
  const raw = data as Record<string, unknown>;

  if (raw.source === undefined) {
    if (sourceSection) issues.push({ path: [], message: 'the file needs a "source" section (its metadata and text)' });
  } else {
    const source = sourceSchema.safeParse(raw.source);
    if (source.success) doc.source = source.data;
    else issues.push(...issuesOf(source.error, ['source']));
  }

  if (raw.defaults !== undefined && raw.defaults !== null) {
    const defaults = defaultsSchema.safeParse(raw.defaults);
    if (defaults.success) doc.defaults = defaults.data;
    else {
      doc.defaultsValid = false;
      issues.push(...issuesOf(defaults.error, ['defaults']));
    }
  }

  const entities = Array.isArray(raw.entities) ? raw.entities : [];
  doc.counts.entities = entities.length;
  entities.forEach((entry, index) => {
    const parsed = entitySchema.safeParse(entry);
    if (parsed.success) doc.entities.push({ ...parsed.data, index });
    else {
      issues.push(...issuesOf(parsed.error, ['entities', index]));
      const id = (entry as { id?: unknown } | null)?.id;
      if (typeof id === 'string') doc.unreadableEntityIds.add(id);
    }
  });

  const statements = Array.isArray(raw.statements) ? raw.statements : [];
  doc.counts.statements = statements.length;
  statements.forEach((entry, index) => {
    const at = ['statements', index];
    const e = entry as Record<string, unknown> | null;
    const schema =
      e && typeof e === 'object' && 'node' in e
        ? nodeStatementSchema
        : e && typeof e === 'object' && 'relationship' in e
          ? relationshipStatementSchema
          : undefined;
    if (!schema) {
      issues.push({
        path: at,
        message: 'a statement starts with "node: <entity id>" or "relationship: <TYPE>" (with from, to and role)',
      });
      return;
    }
    if ('node' in e! && 'relationship' in e) {
      issues.push({ path: at, message: 'a statement is about one fact: give "node" or "relationship", not both' });
      return;
    }
    const parsed = schema.safeParse(entry);
    if (parsed.success) doc.statements.push({ ...(parsed.data as Statement), index });
    else issues.push(...issuesOf(parsed.error, at));
  });

  if (doc.counts.entities + doc.counts.statements === 0 && top.success && !allowEmpty) {
    issues.push({ path: [], message: 'the file has no entities and no statements: nothing to add' });
  }
  return { doc, issues };
}
