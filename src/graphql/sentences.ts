/**
 * One plain-language sentence per relationship, e.g. "Andrés Manuel López Obrador
 * expanded Remain in Mexico (June 2019)." Built from the relationship's type, its
 * role/action properties and the best date the graph has for it.
 */
import { formatDate } from '../shared/dates';
import { relationshipPhrase } from '../shared/vocabulary';
import { EntityRecord, RelationshipRecord } from './model';

function verbFor(rel: RelationshipRecord): string {
  return relationshipPhrase(rel.type, rel.props.action);
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
