/**
 * Pure logic of the citation checker: normalising text and excerpts the same way
 * and deciding whether each excerpt is a verbatim span of its source's text.
 * No I/O here, so it is unit-tested directly (test/unit/citations.test.ts).
 */

/** Typographic single quotes and primes folded to an ASCII apostrophe. */
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2035]/g;
/** Typographic double quotes and double primes folded to an ASCII double quote. */
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u2036]/g;
/** Hyphens, non-breaking hyphen, figure dash, en/em dashes, horizontal bar, minus sign. */
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;
/** Any run of whitespace, including no-break and other Unicode spaces (JS \s covers them). */
const WHITESPACE = /\s+/g;

/**
 * Normalise for comparison: Unicode NFC (so a decomposed "ó" equals a composed one),
 * typographic quotes and dashes to ASCII, every whitespace run to one space, trimmed.
 * Case is kept: an excerpt must match the source's capitalisation.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(WHITESPACE, ' ')
    .trim();
}

/** A span of a source text: offsets in Unicode code points, `[start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Every place `excerpt` occurs in `text`, compared as `normalise` compares them, as spans
 * of the NFC form of `text` in code points (what Python's `text[start:end]` indexes).
 *
 * The text is folded character by character with a map from each folded position back to
 * its code point, so a span found in the folded text points at the raw characters that
 * produced it (a collapsed whitespace run maps to its first character).
 */
export function locate(excerpt: string, text: string): TextSpan[] {
  const needle = normalise(excerpt);
  if (needle.length === 0) return [];
  const points = Array.from(text.normalize('NFC'));
  let folded = '';
  const origin: number[] = [];
  let lastWasSpace = true; // drops leading whitespace, as normalise's trim does
  points.forEach((ch, i) => {
    if (/\s/u.test(ch)) {
      if (lastWasSpace) return;
      folded += ' ';
      origin.push(i);
      lastWasSpace = true;
      return;
    }
    const f = ch.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-');
    for (const unit of f) {
      folded += unit;
      origin.push(i);
    }
    lastWasSpace = false;
  });
  // `folded` and `needle` are compared in UTF-16 units; map back through `origin` (per unit).
  const unitOrigin: number[] = [];
  let k = 0;
  for (const cp of Array.from(folded)) {
    for (let u = 0; u < cp.length; u++) unitOrigin.push(origin[k]!);
    k++;
  }
  const spans: TextSpan[] = [];
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
    spans.push({ start: unitOrigin[at]!, end: unitOrigin[at + needle.length - 1]! + 1 });
  }
  return spans;
}

/** The text of `span` in `text` (code points of its NFC form). */
export function spanText(text: string, span: TextSpan): string {
  return Array.from(text.normalize('NFC')).slice(span.start, span.end).join('');
}

/** True when the span of `text` holds `excerpt`, compared as `normalise` compares them. */
export function spanHolds(text: string, span: TextSpan, excerpt: string): boolean {
  const needle = normalise(excerpt);
  return needle.length > 0 && normalise(spanText(text, span)) === needle;
}

/** True when `excerpt` (non-blank) occurs verbatim in `text` after normalising both. */
export function isVerbatim(excerpt: string, text: string): boolean {
  const needle = normalise(excerpt);
  return needle.length > 0 && normalise(text).includes(needle);
}

/** One evidence record to check (docs/evidence.md): its excerpt and where it says the excerpt is. */
export interface ExcerptRecord {
  /** The :Evidence record's id. */
  evidenceId: string;
  /** The fact it is about, readable: `(:Person {id: 'person:x'})` or `(a)-[:SAID_BY {id: 'r'}]->(b)`. */
  fact: string;
  /** The source the record names, or null when it has none. */
  sourceId: string | null;
  /** The excerpt: a string, or null/other when malformed. */
  excerpt: unknown;
  /** Where the excerpt is in the source text (code points, [start, end)); integers, or missing/malformed. */
  textStart: unknown;
  textEnd: unknown;
}

export interface SourceRecord {
  id: string;
  /** File name of the source's text inside the sources folder (Source.textFile). */
  textFile: string | null;
  /** SHA-256 (hex) of the text file's bytes as recorded on the Source, if recorded. */
  textSha256?: string | null;
}

export type ProblemReason =
  | 'not-found' // excerpt not a verbatim span of its source text
  | 'wrong-offsets' // verbatim in the text, but textStart/textEnd point elsewhere
  | 'missing-offsets' // textStart/textEnd missing or not whole numbers
  | 'empty-excerpt' // blank or not a string
  | 'missing-source-id' // the record names no source
  | 'unknown-source' // sourceId names no Source node
  | 'source-text-unavailable'; // the Source exists but its text file is missing

export interface Problem extends ExcerptRecord {
  reason: ProblemReason;
  /** Where the excerpt does occur in the text (for not-found: nowhere), so offsets can be fixed. */
  foundAt?: TextSpan[];
}

export interface SourceProblem {
  sourceId: string;
  textFile: string | null;
  reason: 'no-text-file-property' | 'file-missing' | 'text-changed';
}

export interface CheckResult {
  /** Evidence records examined. */
  checked: number;
  /** Records whose excerpt is verbatim in the text at their offsets. */
  verified: number;
  problems: Problem[];
  sourceProblems: SourceProblem[];
}

const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/**
 * Check every evidence record against its source text: the excerpt must be verbatim in the text
 * (after `normalise`) and the span [textStart, textEnd) must hold it (`spanHolds`), so that an
 * excerpt occurring several times points at the occurrence meant.
 *
 * `readText(textFile)` returns the file's content, or null when it does not exist; it is called
 * at most once per source. `sha256(text)` hashes a text's bytes, to compare with the source's
 * recorded `textSha256` (a changed text makes offsets meaningless). Sources whose text is
 * unavailable are reported once in `sourceProblems`, and each of their records as
 * 'source-text-unavailable' (unverified is not verified).
 */
export function checkExcerpts(
  excerpts: ExcerptRecord[],
  sources: SourceRecord[],
  readText: (textFile: string) => string | null,
  sha256?: (text: string) => string,
): CheckResult {
  const texts = new Map<string, { raw: string; normalised: string } | null>();
  const sourceProblems: SourceProblem[] = [];
  for (const source of [...sources].sort((a, b) => a.id.localeCompare(b.id))) {
    if (!source.textFile) {
      texts.set(source.id, null);
      sourceProblems.push({ sourceId: source.id, textFile: null, reason: 'no-text-file-property' });
      continue;
    }
    const raw = readText(source.textFile);
    // Normalise each text once; excerpts are looked for in the normalised form.
    texts.set(source.id, raw === null ? null : { raw, normalised: normalise(raw) });
    if (raw === null) sourceProblems.push({ sourceId: source.id, textFile: source.textFile, reason: 'file-missing' });
    else if (sha256 && source.textSha256 && sha256(raw) !== source.textSha256.toLowerCase())
      sourceProblems.push({ sourceId: source.id, textFile: source.textFile, reason: 'text-changed' });
  }

  const problems: Problem[] = [];
  let verified = 0;
  for (const record of excerpts) {
    const fail = (reason: ProblemReason, foundAt?: TextSpan[]): void => {
      problems.push({ ...record, reason, ...(foundAt ? { foundAt } : {}) });
    };
    if (typeof record.excerpt !== 'string' || normalise(record.excerpt) === '') {
      fail('empty-excerpt');
      continue;
    }
    if (!record.sourceId) {
      fail('missing-source-id');
      continue;
    }
    if (!texts.has(record.sourceId)) {
      fail('unknown-source');
      continue;
    }
    const text = texts.get(record.sourceId);
    if (!text) {
      fail('source-text-unavailable');
      continue;
    }
    if (!text.normalised.includes(normalise(record.excerpt))) {
      fail('not-found');
      continue;
    }
    const { textStart, textEnd } = record;
    if (!isOffset(textStart) || !isOffset(textEnd) || textEnd <= textStart) {
      fail('missing-offsets', locate(record.excerpt, text.raw));
      continue;
    }
    if (spanHolds(text.raw, { start: textStart, end: textEnd }, record.excerpt)) verified++;
    else fail('wrong-offsets', locate(record.excerpt, text.raw));
  }
  return { checked: excerpts.length, verified, problems, sourceProblems };
}

const REASON_TEXT: Record<ProblemReason, string> = {
  'not-found': 'excerpt not found verbatim in the source text',
  'wrong-offsets': 'excerpt is in the source text, but not at textStart/textEnd',
  'missing-offsets': 'textStart/textEnd missing or not whole numbers (start < end)',
  'empty-excerpt': 'excerpt is empty or not a string',
  'missing-source-id': 'the evidence record names no sourceId',
  'unknown-source': 'sourceId names no Source node',
  'source-text-unavailable': "the source's text file is missing, so the excerpt cannot be verified",
};

const spans = (found: TextSpan[]): string =>
  found.length === 0 ? 'nowhere' : found.map((s) => `[${s.start}, ${s.end})`).join(', ');

/** Plain-text report lines, one block per problem; the summary line comes last. */
export function formatResult(result: CheckResult, folder: string): string[] {
  const lines: string[] = [];
  for (const s of result.sourceProblems) {
    lines.push(
      s.reason === 'file-missing'
        ? `MISSING SOURCE FILE  ${s.sourceId}: ${s.textFile} not found in ${folder}`
        : s.reason === 'text-changed'
          ? `CHANGED SOURCE TEXT  ${s.sourceId}: ${s.textFile} in ${folder} is not the text recorded (textSha256 differs); offsets may point at the wrong words`
          : `MISSING SOURCE FILE  ${s.sourceId}: the Source node has no textFile property`,
    );
  }
  for (const p of result.problems) {
    const shown = typeof p.excerpt === 'string' ? JSON.stringify(p.excerpt) : String(p.excerpt);
    lines.push(
      `NOT VERIFIED  evidence '${p.evidenceId}' of ${p.fact} (source ${p.sourceId ?? '—'}): ${REASON_TEXT[p.reason]}`,
    );
    lines.push(`    ${shown}`);
    if (p.reason === 'wrong-offsets' || p.reason === 'missing-offsets')
      lines.push(
        `    recorded at [${String(p.textStart ?? '—')}, ${String(p.textEnd ?? '—')}); found at ${spans(p.foundAt ?? [])}`,
      );
  }
  const bad = result.problems.length;
  const changed = result.sourceProblems.filter((s) => s.reason === 'text-changed').length;
  const missing = result.sourceProblems.length - changed;
  lines.push(
    `Checked ${result.checked} excerpts: ${result.verified} verified, ${bad} not verified` +
      (missing ? `, ${missing} source file(s) missing` : '') +
      (changed ? `, ${changed} source text(s) changed` : '') +
      '.',
  );
  return lines;
}

/** True when the check found nothing to report. */
export const passed = (r: CheckResult): boolean => r.problems.length === 0 && r.sourceProblems.length === 0;
