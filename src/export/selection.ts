/**
 * Which part of the graph an export covers, parsed from raw strings (an HTTP
 * query string or CLI flags) with the same rules and messages for both.
 */
import { badInput } from '../errors';
import { EXPORT_IDS, IntRange, ARGUMENT_RANGES } from '../shared/limits';

export type Selection =
  | { kind: 'all' }
  /** The nodes within `depth` hops of the seeds and every relationship among them. */
  | { kind: 'neighbourhood'; ids: string[]; depth: number }
  /** The nodes and relationships on the k shortest linkage paths between two entities. */
  | { kind: 'paths'; from: string; to: string; k: number; maxHops: number };

/** The selection parameters by their HTTP names; the CLI maps its flags onto these. */
export const SELECTION_PARAMETERS = ['ids', 'depth', 'from', 'to', 'k', 'maxHops'] as const;
export type SelectionParameter = (typeof SELECTION_PARAMETERS)[number];
export type RawSelection = Partial<Record<SelectionParameter, string | string[]>>;

/** The ranges of the numeric parameters: linkage paths take the API's own (src/shared/limits.ts). */
export const SELECTION_RANGES: Record<'depth' | 'k' | 'maxHops', IntRange> = {
  depth: ARGUMENT_RANGES.exportDepth,
  k: ARGUMENT_RANGES.pathK,
  maxHops: ARGUMENT_RANGES.pathMaxHops,
};

/**
 * Parse a selection. Errors are BAD_USER_INPUT naming the parameter as the
 * caller spells it (`name`: `maxHops` over HTTP, `--max-hops` on the CLI).
 */
export function parseSelection(raw: RawSelection, name: (p: SelectionParameter) => string = (p) => p): Selection {
  const single = (p: SelectionParameter): string | undefined => {
    const v = raw[p];
    if (Array.isArray(v)) throw badInput(`Give ${name(p)} once (it was given ${v.length} times).`, name(p));
    return v === undefined ? undefined : v.trim();
  };
  const whole = (p: 'depth' | 'k' | 'maxHops'): number => {
    const { min, max, default: fallback } = SELECTION_RANGES[p];
    const v = single(p);
    if (v === undefined) return fallback;
    const n = /^\d{1,4}$/.test(v) ? Number(v) : NaN;
    if (!(n >= min && n <= max)) {
      throw badInput(`${name(p)} must be a whole number from ${min} to ${max} (got "${v}").`, name(p));
    }
    return n;
  };
  const oneId = (p: SelectionParameter, v: string): string => {
    if (v === '' || v.length > EXPORT_IDS.maxIdLength) {
      throw badInput(`${name(p)} must hold non-empty ids of at most ${EXPORT_IDS.maxIdLength} characters.`, name(p));
    }
    return v;
  };
  const given = (p: SelectionParameter): boolean => raw[p] !== undefined;

  if (given('ids')) {
    for (const p of ['from', 'to', 'k', 'maxHops'] as const) {
      if (given(p)) {
        throw badInput(
          `${name(p)} belongs to a path export, ${name('ids')} to a neighbourhood export: give one or the other.`,
          name(p),
        );
      }
    }
    // Accept both ids=a,b and ids=a&ids=b.
    const values = [raw.ids!].flat().flatMap((v) => v.split(','));
    const ids = [...new Set(values.map((v) => oneId('ids', v.trim())))];
    if (ids.length > EXPORT_IDS.maxIds)
      throw badInput(`${name('ids')} takes at most ${EXPORT_IDS.maxIds} ids.`, name('ids'));
    return { kind: 'neighbourhood', ids, depth: whole('depth') };
  }
  if (given('depth')) {
    throw badInput(`${name('depth')} needs seed ids: give ${name('ids')} too (e.g. country:mx).`, name('depth'));
  }
  if (given('from') || given('to')) {
    const from = single('from');
    const to = single('to');
    for (const [p, v] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (v === undefined) {
        throw badInput(`A path export needs both ${name('from')} and ${name('to')}: ${name(p)} is missing.`, name(p));
      }
    }
    oneId('from', from!);
    oneId('to', to!);
    if (from === to) throw badInput(`${name('from')} and ${name('to')} must be different entities.`, name('to'));
    return { kind: 'paths', from: from!, to: to!, k: whole('k'), maxHops: whole('maxHops') };
  }
  for (const p of ['k', 'maxHops'] as const) {
    if (given(p))
      throw badInput(`${name(p)} applies to path exports: give ${name('from')} and ${name('to')} too.`, name(p));
  }
  return { kind: 'all' };
}

/** The selection in words, for file metadata and messages. */
export function describeSelection(s: Selection): string {
  switch (s.kind) {
    case 'all':
      return 'the whole graph';
    case 'neighbourhood':
      return `everything within ${s.depth} hop${s.depth === 1 ? '' : 's'} of ${s.ids.join(', ')}`;
    case 'paths':
      return `the ${s.k} shortest linkage paths (at most ${s.maxHops} hops) from ${s.from} to ${s.to}`;
  }
}
