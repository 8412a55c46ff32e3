// Evidence as the ontology records it: for each source that speaks to a fact, the
// verbatim excerpt, the source, who it is attributed to, the confidence, the status,
// how a derived value was derived, and whether the source supports or disputes the fact.
import { formatDate } from '../../shared/dates';
import { el, type Child } from './dom';
import type { EvidenceRecord, Source } from './types';

function sourceText(src: Source | null): Child {
  if (!src) return 'not recorded';
  const text = [src.title ? `“${src.title}”` : src.id, src.publisher, formatDate(src.date, src.datePrecision)]
    .filter(Boolean)
    .join(', ');
  return [text, src.url ? [' ', el('a', { href: src.url }, 'open the source')] : null];
}

function record(ev: EvidenceRecord): HTMLElement {
  const conf = typeof ev.confidence === 'number' ? ev.confidence : null;
  const disputes = ev.stance === 'disputes';
  const fact = (term: string, cls: string, value: Child) => [el('dt', {}, term), el('dd', { class: cls }, value)];
  return el(
    'li',
    { class: disputes ? 'evidence disputes' : 'evidence' },
    disputes ? el('p', { class: 'stance' }, 'Disputes this') : null,
    ev.excerpt ? el('blockquote', { class: 'excerpt' }, ev.excerpt) : el('p', { class: 'muted' }, 'No excerpt.'),
    el(
      'dl',
      { class: 'facts' },
      fact('Source', 'source', sourceText(ev.source)),
      fact(
        'Attribution',
        'attribution',
        [ev.attribution, ev.attributedTo ? `(${ev.attributedTo})` : null].filter(Boolean).join(' ') || 'not recorded',
      ),
      fact('Confidence', 'confidence', [
        conf === null ? 'unrated' : conf.toFixed(2),
        conf === null ? null : el('meter', { min: 0, max: 1, value: conf, 'aria-label': 'confidence' }),
      ]),
      ev.status ? fact('Status', 'ev-status', ev.status) : null,
      typeof ev.statedValue === 'number'
        ? fact('Figure given', 'stated-value', ev.statedValue.toLocaleString('en'))
        : null,
      ev.derivation ? fact('Derivation', 'derivation', ev.derivation) : null,
      ev.note ? fact('Note', 'note', ev.note) : null,
    ),
  );
}

/** Every evidence record of a fact, supporting ones first. */
export function evidenceList(records: EvidenceRecord[]): HTMLElement {
  if (records.length === 0) return el('p', { class: 'muted' }, 'No evidence recorded.');
  const ordered = [...records].sort((a, b) => Number(a.stance === 'disputes') - Number(b.stance === 'disputes'));
  const disputed = ordered.some((r) => r.stance === 'disputes');
  const sources = new Set(records.map((r) => r.source?.id ?? '')).size;
  return el(
    'section',
    { class: 'evidence-list', 'aria-label': 'Evidence' },
    records.length > 1 || disputed
      ? el(
          'p',
          { class: 'evidence-summary' },
          `${sources} source${sources === 1 ? '' : 's'}, ${records.length} record${records.length === 1 ? '' : 's'}`,
          disputed ? el('span', { class: 'tag disputed' }, 'disputed') : null,
        )
      : null,
    el('ol', { class: 'evidence-records' }, ordered.map(record)),
  );
}
