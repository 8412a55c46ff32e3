/**
 * One plain-language sentence per relationship, e.g. "Andrés Manuel López Obrador
 * expanded Remain in Mexico (June 2019)." Built from the relationship's type, its
 * role/action properties and the best date the graph has for it.
 */
import { EntityRecord, RelationshipRecord } from './model';

const VERBS: Record<string, string> = {
  PARTICIPATED_IN: 'took part in',
  CONCERNS: 'concerns',
  SAID_BY: 'was said by',
  LINKS: 'links',
  PART_OF: 'is part of',
  HAS_PART: 'has as a part',
  POLICY_OF: 'is a policy of',
  LOCATED_IN: 'is located in',
  OCCURRED_AT: 'took place at',
  HOLDS_OFFICE: 'held the office of',
  OFFICE_OF: 'is an office of',
  HAS_CONCESSION: 'includes the concession',
  GIVEN_BY: 'was given by',
  GIVEN_TO: 'was given to',
  RESPONDS_TO: 'responds to',
  OBSERVED_AT: 'was observed at',
  CLAIMED_BY: 'was claimed by',
  REPORTED_BY: 'was reported by',
  PLAYED_ROLE: 'played a role in',
  REALISED_BY: 'was realised by',
  LEADS: 'leads',
  MEASURES: 'measures',
  MEMBER_OF: 'is a member of',
  AFFILIATED_WITH: 'is affiliated with',
  FOLLOWS: 'follows',
  PUBLISHED_BY: 'was published by',
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A stored date at its stated precision: "2019", "June 2019", "7 May 2021". */
export function formatDate(date: unknown, precision: unknown): string | undefined {
  if (typeof date !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (precision === 'year') return y;
  if (precision === 'month') return `${MONTHS[Number(mo) - 1]} ${y}`;
  if (precision === 'week') return `week of ${Number(d)} ${MONTHS[Number(mo) - 1]} ${y}`;
  return `${Number(d)} ${MONTHS[Number(mo) - 1]} ${y}`;
}

function verbFor(rel: RelationshipRecord): string {
  const action = rel.props.action;
  if (rel.type === 'ACTS_ON' && typeof action === 'string') return action.replace(/-/g, ' ');
  return VERBS[rel.type] ?? rel.type.toLowerCase().replace(/_/g, ' ');
}

function when(rel: RelationshipRecord, from: EntityRecord | null, to: EntityRecord | null): string | undefined {
  const p = rel.props;
  if (p.date) return formatDate(p.date, p.datePrecision);
  if (p.validFrom) {
    const start = formatDate(p.validFrom, p.validFromPrecision);
    const end = p.validTo ? formatDate(p.validTo, p.validToPrecision) : undefined;
    return end ? `${start} – ${end}` : `from ${start}`;
  }
  // An undated link to a dated event takes the event's date.
  for (const e of [to, from]) {
    if (e?.props.date) return formatDate(e.props.date, e.props.datePrecision);
  }
  return undefined;
}

export function sentence(rel: RelationshipRecord, from: EntityRecord | null, to: EntityRecord | null): string {
  const role = typeof rel.props.role === 'string' && rel.type !== 'PLAYED_ROLE' ? ` (as ${rel.props.role})` : '';
  const date = when(rel, from, to);
  // Marked when no source states it outright (every status is alleged, implied…), and when a
  // source disputes it: a sentence must not read as settled what the evidence does not settle.
  const statuses = Array.isArray(rel.props.statuses) ? rel.props.statuses.map(String) : [];
  const hedged = statuses.length > 0 && !statuses.some((s) => s === 'asserted' || s === 'reported');
  const status = `${hedged ? ` [${statuses.join(', ')}]` : ''}${rel.props.disputed === true ? ' [disputed]' : ''}`;
  const subject = from?.props.name ?? rel.from;
  const object = to?.props.name ?? rel.to;
  const tail = `${role}${date ? ` (${date})` : ''}${status}.`;
  // An action on a policy taken in an event reads better with the event as context:
  // "Remain in Mexico: agreed to expand, in “López Obrador agrees to …” (2019)."
  if (rel.type === 'ACTS_ON' && from?.labels.includes('Event')) {
    return `${object}: ${verbFor(rel)}, in “${subject}”${tail}`;
  }
  return `${subject} ${verbFor(rel)} ${object}${tail}`;
}
