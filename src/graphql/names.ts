/**
 * How a name given where an id goes is matched against entity names, pure functions
 * only (src/graphql/lookup.ts asks the database). A name matches an entity when it
 * equals, after folding, the entity's name, one of the source's aliases or one of the
 * editors' aliases; folding drops accents, case and punctuation, so "Lopez Obrador",
 * "LÓPEZ OBRADOR" and "López-Obrador" are the same name.
 */
import { distance } from 'fastest-levenshtein';
import { EntityRecord, entityType } from './model';
import { entityName } from '../shared/display-name';

/** Accents, case, punctuation and repeated spaces dropped: the key names are compared by. */
export function nameKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every name an entity answers to: its name, the source's aliases and the editors' aliases. */
export function namesOf(props: Record<string, unknown>): string[] {
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
  const name = typeof props.name === 'string' ? [props.name] : typeof props.title === 'string' ? [props.title] : [];
  return [...name, ...list(props.aliases), ...list(props.editorAliases)];
}

/** Whether a string is written like an id (`person:lopez-obrador`): a kind, a colon, no spaces. */
export function idShape(input: string): { kind: string; slug: string } | null {
  const m = /^([a-z][a-z-]*):(\S+)$/.exec(input.trim());
  return m ? { kind: m[1]!, slug: m[2]! } : null;
}

/**
 * The text to look up as a name: the input itself, or for an id-shaped input that is
 * not an id (`person:amlo`) its slug read as words ("amlo").
 */
export function nameText(input: string): string {
  const shape = idShape(input);
  return shape ? shape.slug.replace(/[-_]+/g, ' ') : input;
}

/**
 * A phrase query for the name fields of the entity_names index. Phrase terms go
 * through the index's analyzer (standard-folding), so accents need no folding here;
 * Lucene's special characters are dropped with the rest of the punctuation.
 */
export function namePhraseQuery(text: string): string | null {
  if (nameKey(text) === '') return null;
  // The text as written (lower-cased, quotes and backslashes dropped): inside a phrase every
  // other character is the analyzer's to split, exactly as it split the names ("U.S." → "u.s").
  const phrase = `"${text.toLowerCase().replace(/["\\]/g, ' ').replace(/\s+/g, ' ').trim()}"`;
  return `name:${phrase} OR aliasText:${phrase} OR editorAliasText:${phrase}`;
}

/** A loose query for "did you mean": each word with one typo or as a prefix, any word. */
export function suggestionQuery(text: string): string | null {
  const words = nameKey(text)
    .split(' ')
    .filter((w) => w.length > 0)
    .slice(0, 6)
    .map((w) => w.slice(0, 20));
  if (words.length === 0) return null;
  return words.map((w) => (w.length >= 3 ? `${w}~1 OR ${w}*` : `${w}*`)).join(' OR ');
}

/** An entity as an error lists it: enough to pick the right one next time. */
export interface Candidate {
  id: string;
  name: string;
  entityType: string;
}

export const asCandidate = (e: EntityRecord): Candidate => ({
  id: e.id,
  name: entityName(e.props, e.id),
  entityType: entityType(e.labels),
});

/** What a name-valued argument turned out to mean. */
export type Resolution =
  { kind: 'entity'; entity: EntityRecord } | { kind: 'ambiguous'; candidates: EntityRecord[] } | { kind: 'unknown' };

/**
 * Decide among the index's candidates for one name. Exact (folded) matches of a name
 * or alias win; if there are several, a preferred label (a country for `countryA`)
 * settles it when exactly one has it. With no exact match, a name that is a phrase of
 * exactly one entity's name or alias ("Frontera Sur") still means that entity; a phrase
 * of several is ambiguous. An id-shaped input keeps only entities of its kind.
 */
export function decide(input: string, found: EntityRecord[], prefer: readonly string[] = []): Resolution {
  const shape = idShape(input);
  const key = nameKey(nameText(input));
  const unique = [...new Map(found.map((e) => [e.id, e])).values()];
  const ofKind = shape ? unique.filter((e) => e.id.startsWith(`${shape.kind}:`)) : unique;
  const pool = ofKind.length > 0 || !shape ? ofKind : unique;
  const pick = (list: EntityRecord[]): Resolution | null => {
    if (list.length === 1) return { kind: 'entity', entity: list[0]! };
    if (list.length > 1) {
      const preferred = list.filter((e) => e.labels.some((l) => prefer.includes(l)));
      if (preferred.length === 1) return { kind: 'entity', entity: preferred[0]! };
      return { kind: 'ambiguous', candidates: list };
    }
    return null;
  };
  const exact = pool.filter((e) => namesOf(e.props).some((n) => nameKey(n) === key));
  const phrase = pool.filter((e) => namesOf(e.props).some((n) => ` ${nameKey(n)} `.includes(` ${key} `)));
  return pick(exact) ?? pick(phrase) ?? { kind: 'unknown' };
}

/** One "did you mean" entry with how far its closest name is from what was typed. */
interface Scored extends Candidate {
  distance: number;
}

/**
 * The closest entities to an unknown name or id, by edit distance to their folded
 * names, aliases and id slugs (an id-shaped input is compared as an id too).
 */
export function rankSuggestions(
  input: string,
  rows: { id: string; labels: string[]; name: string | null; aliases: string[] }[],
  max = 5,
): Candidate[] {
  const shape = idShape(input);
  const key = nameKey(nameText(input));
  const scored: Scored[] = rows.map((r) => {
    const names = [r.name ?? '', ...r.aliases].filter((n) => n !== '').map(nameKey);
    const slug = nameKey(r.id.slice(r.id.indexOf(':') + 1));
    let d = Math.min(...names.map((n) => distance(n, key)), distance(slug, key));
    if (shape && !r.id.startsWith(`${shape.kind}:`)) d += 2;
    return { id: r.id, name: r.name ?? r.id, entityType: entityType(r.labels), distance: d };
  });
  scored.sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id));
  // Only what is near enough to be a plausible misspelling: a suggestion list of unrelated
  // names would be noise, and "nothing close" is an answer too.
  const near = Math.max(2, Math.floor(key.length * 0.4));
  const seen = new Set<string>();
  const unique = scored.filter((s) => s.distance <= near && !seen.has(s.id) && seen.add(s.id));
  return unique.slice(0, max).map(({ distance: _d, ...c }) => c);
}
