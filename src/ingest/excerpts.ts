/**
 * Finding an evidence entry's excerpt in its source text: exactly one span, or a message
 * saying why not (not found, or found several times without a disambiguator). Spans are in
 * code points of the NFC text, as src/citations/match.ts defines them.
 */
import { locate, normalise, TextSpan } from '../citations/match';

export interface ExcerptQuery {
  excerpt: string;
  /** 1-based: which of the matching occurrences is meant. */
  occurrence?: number;
  /** Text just before the excerpt (compared as normalise compares). */
  prefix?: string;
  /** Text just after the excerpt. */
  suffix?: string;
}

export type ExcerptResult = { span: TextSpan } | { problem: string };

/** A source text prepared once for many excerpt look-ups. */
export class SourceTextIndex {
  private readonly points: string[];
  private readonly lineStarts: number[] = [0];
  private readonly folded: string;

  constructor(readonly text: string) {
    this.points = Array.from(text.normalize('NFC'));
    this.points.forEach((ch, i) => {
      if (ch === '\n') this.lineStarts.push(i + 1);
    });
    this.folded = normalise(text);
  }

  /** 1-based line of a code-point offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  private slice(start: number, end: number): string {
    return this.points.slice(Math.max(0, start), Math.min(this.points.length, end)).join('');
  }

  private describe(span: TextSpan, n: number): string {
    const before = normalise(this.slice(span.start - 40, span.start));
    const after = normalise(this.slice(span.end, span.end + 40));
    return `  ${n}. line ${this.lineOf(span.start)}: …${before} [${normalise(this.slice(span.start, span.end))}] ${after}…`;
  }

  /** Where the excerpt is, or why it cannot be placed. */
  find(query: ExcerptQuery, textName: string): ExcerptResult {
    const all = locate(query.excerpt, this.text);
    if (all.length === 0) return { problem: this.notFound(query.excerpt, textName) };
    let spans = all;
    if (query.prefix !== undefined) {
      const prefix = normalise(query.prefix);
      spans = spans.filter((s) => normalise(this.slice(s.start - prefix.length * 2 - 20, s.start)).endsWith(prefix));
    }
    if (query.suffix !== undefined) {
      const suffix = normalise(query.suffix);
      spans = spans.filter((s) => normalise(this.slice(s.end, s.end + suffix.length * 2 + 20)).startsWith(suffix));
    }
    const listing = (list: TextSpan[]) => list.map((s, i) => this.describe(s, i + 1)).join('\n');
    if (spans.length === 0) {
      return {
        problem:
          `the excerpt occurs ${all.length} time${all.length === 1 ? '' : 's'} in ${textName}, but never with the given ` +
          `${[query.prefix !== undefined ? 'prefix (the text just before it)' : '', query.suffix !== undefined ? 'suffix (the text just after it)' : ''].filter(Boolean).join(' and ')}; the occurrences are:\n${listing(all)}`,
      };
    }
    if (query.occurrence !== undefined) {
      if (query.occurrence > spans.length) {
        return {
          problem: `occurrence ${query.occurrence} asked for, but the excerpt occurs ${spans.length} time${spans.length === 1 ? '' : 's'}${spans !== all ? ' with that prefix/suffix' : ''} in ${textName}:\n${listing(spans)}`,
        };
      }
      return { span: spans[query.occurrence - 1]! };
    }
    if (spans.length > 1) {
      return {
        problem:
          `the excerpt occurs ${spans.length} times in ${textName}; say which one with "occurrence: <n>" or with ` +
          `"prefix:" (the words just before it):\n${listing(spans)}`,
      };
    }
    return { span: spans[0]! };
  }

  /** "Not found", with how far the excerpt does match, so a typo is quick to spot. */
  private notFound(excerpt: string, textName: string): string {
    const words = normalise(excerpt).split(' ');
    // The longest run of leading words found in the text (found-ness is monotone in the length).
    let lo = 0;
    let hi = words.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.folded.includes(words.slice(0, mid).join(' '))) lo = mid;
      else hi = mid - 1;
    }
    const base = `the excerpt is not in ${textName} verbatim (compared after folding quotes, dashes and whitespace; case counts)`;
    if (lo === 0) return `${base}: not even its first word "${words[0]}" occurs; check the text file and the excerpt`;
    return `${base}: the text has "${words.slice(0, lo).join(' ')}" but not what follows: "${words.slice(lo).join(' ')}"`;
  }
}
