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

/** "Retracted on 30 Nov 2026 by Ana: misread" — a retracted record stays visible, marked, out of the counts. */
function retractionNote(r: NonNullable<EvidenceRecord['retraction']>): HTMLElement {
  return el(
    'p',
    { class: 'retraction' },
    el('span', { class: 'tag retracted' }, 'retracted'),
    ` ${r.at.slice(0, 10)}${r.by ? ` by ${r.by}` : ''}${r.reason ? `: ${r.reason}` : ''}`,
  );
}

function record(ev: EvidenceRecord): HTMLElement {
  const conf = typeof ev.confidence === 'number' ? ev.confidence : null;
  const disputes = ev.stance === 'disputes';
  const fact = (term: string, cls: string, value: Child) => [el('dt', {}, term), el('dd', { class: cls }, value)];
  const classes = ['evidence', disputes ? 'disputes' : '', ev.retraction ? 'retracted' : ''].filter(Boolean).join(' ');
  return el(
    'li',
    { class: classes },
    ev.retraction ? retractionNote(ev.retraction) : null,
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

/** Every evidence record of a fact, supporting ones first, retracted ones last (marked, not counted). */
export function evidenceList(all: EvidenceRecord[]): HTMLElement {
  if (all.length === 0) return el('p', { class: 'muted' }, 'No evidence recorded.');
  const rank = (r: EvidenceRecord) => (r.retraction ? 2 : 0) + Number(r.stance === 'disputes');
  const ordered = [...all].sort((a, b) => rank(a) - rank(b));
  const records = all.filter((r) => !r.retraction);
  const retracted = all.length - records.length;
  const disputed = records.some((r) => r.stance === 'disputes');
  const sources = new Set(records.map((r) => r.source?.id ?? '')).size;
  return el(
    'section',
    { class: 'evidence-list', 'aria-label': 'Evidence' },
    records.length > 1 || disputed || retracted
      ? el(
          'p',
          { class: 'evidence-summary' },
          `${sources} source${sources === 1 ? '' : 's'}, ${records.length} record${records.length === 1 ? '' : 's'}`,
          disputed ? el('span', { class: 'tag disputed' }, 'disputed') : null,
          retracted ? el('span', { class: 'tag retracted' }, `${retracted} retracted`) : null,
        )
      : null,
    el('ol', { class: 'evidence-records' }, ordered.map(record)),
  );
}
