/**
 * One plain-language sentence per relationship, e.g. "Andrés Manuel López Obrador
 * expanded Remain in Mexico (June 2019)." Built from the relationship's type, its
 * role/action properties, the entities its properties name (a role's counterpart, the
 * president an office was held under), the best date the graph has for it, and who the
 * source attributes it to when that is not the source's own reporting: a sentence must
 * not read as settled, or as someone's own words, what the source only relays.
 */
import { formatDate } from '../shared/dates';
import { entityName } from '../shared/display-name';
import { relationshipPhrase } from '../shared/vocabulary';
import { EntityRecord, RelationshipRecord } from './model';

/** Relationship properties that hold an entity id, and how a sentence introduces that entity. */
export const ENTITY_PROPERTIES: Readonly<Record<string, string>> = {
  counterpart: 'with',
  underPresident: 'under',
  assignedBy: 'assigned by',
};

/** Who a source attributes a fact to, in words ("Cris Ramón", "unnamed officials (U.S. officials)"). */
export interface Attribution {
  attribution: string;
  /** The attributed party: an entity's name, or the source's description of an unnamed one. */
  who: string;
  /** The entity id, when the party is an entity. */
  id?: string;
}

/** What a sentence needs besides the relationship itself. */
export interface SentenceContext {
  from: EntityRecord | null;
  to: EntityRecord | null;
  /** Names of the entities the relationship's properties refer to (ENTITY_PROPERTIES), by id. */
  names?: ReadonlyMap<string, string>;
  /**
   * The parties the supporting evidence is attributed to, when none of it is the source's own
   * reporting (empty otherwise: the source states it itself).
   */
  attributedTo?: readonly Attribution[];
}

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
  // An attested window is not a stated period: "as of" the day the source shows it, or the
  // span it is known to hold, never "from" as if the source said it began then.
  if (p.knownFrom) {
    const start = formatDate(p.knownFrom, p.knownFromPrecision);
    const end = p.knownTo ? formatDate(p.knownTo, p.knownToPrecision) : undefined;
    return !end || end === start ? `as of ${start}` : `known ${start} – ${end}`;
  }
  if (typeof p.relativeTime === 'string') return p.relativeTime;
  // An undated link to a dated event takes the event's date.
  for (const e of [to, from]) {
    if (e?.props.date) return formatDate(e.props.date, e.props.datePrecision);
  }
  return undefined;
}

/** "unnamed officials (current and former U.S. and Mexican officials)", "Cris Ramón", "Reforma". */
export function attributionPhrase(a: Attribution): string {
  switch (a.attribution) {
    case 'unnamed-officials':
      return `unnamed officials (${a.who})`;
    case 'unnamed-others':
      return `unnamed sources (${a.who})`;
    case 'caption':
      return 'a photo caption';
    default:
      return a.who;
  }
}

const joinWho = (list: readonly Attribution[]): string => {
  const phrases = [...new Set(list.map(attributionPhrase))];
  return phrases.length <= 1 ? (phrases[0] ?? '') : `${phrases.slice(0, -1).join(', ')} and ${phrases.at(-1)}`;
};

/** ", with European Union", " under Donald Trump": the entities the properties name. */
function namedEntities(rel: RelationshipRecord, names: ReadonlyMap<string, string> | undefined): string {
  return Object.entries(ENTITY_PROPERTIES)
    .filter(([prop]) => typeof rel.props[prop] === 'string')
    .map(([prop, word]) => {
      const id = String(rel.props[prop]);
      return `${prop === 'counterpart' ? ',' : ''} ${word} ${names?.get(id) ?? id}`;
    })
    .join('');
}

export function sentence(rel: RelationshipRecord, context: SentenceContext): string {
  const { from, to, names, attributedTo = [] } = context;
  const date = when(rel, from, to);
  // Marked when no source states it outright (every status is alleged, implied…), and when a
  // source disputes it: a sentence must not read as settled what the evidence does not settle.
  const statuses = Array.isArray(rel.props.statuses) ? rel.props.statuses.map(String) : [];
  const hedged = statuses.length > 0 && !statuses.some((s) => s === 'asserted' || s === 'reported');
  const status = `${hedged ? ` [${statuses.join(', ')}]` : ''}${rel.props.disputed === true ? ' [disputed]' : ''}`;
  const subject = from ? entityName(from.props, from.id) : rel.from;
  const object = to ? entityName(to.props, to.id) : rel.to;
  const dated = date ? ` (${date})` : '';

  // A claim's holder is not always its speaker: an attitude that unnamed officials ascribe to
  // Ebrard is theirs to report, not his claim ("unnamed officials … said Marcelo Ebrard was
  // frustrated"). Only a claim attributed to its holder reads as the holder's claim.
  if (rel.type === 'CLAIMED_BY') {
    const others = attributedTo.filter((a) => a.id !== rel.to);
    if (others.length > 0) {
      const stance =
        typeof from?.props.stance === 'string' ? `was ${from.props.stance} (“${subject}”)` : `holds “${subject}”`;
      return `${joinWho(others)} said ${object} ${stance}${dated}${status}.`;
    }
  }

  const according =
    attributedTo.length > 0 && !(rel.type === 'CLAIMED_BY' && attributedTo.every((a) => a.id === rel.to))
      ? `, according to ${joinWho(attributedTo)}`
      : '';

  if (rel.type === 'PLAYED_ROLE') {
    const role = typeof rel.props.role === 'string' ? ` the role of “${rel.props.role}”` : ' a role';
    const qualifier = typeof rel.props.qualifier === 'string' ? ` ${rel.props.qualifier}` : '';
    const scope = typeof rel.props.scope === 'string' ? ` (for ${rel.props.scope})` : '';
    return `${subject} played${qualifier}${role} in ${object}${scope}${namedEntities(rel, names)}${dated}${according}${status}.`;
  }

  const role = typeof rel.props.role === 'string' ? ` (as ${rel.props.role})` : '';
  const tail = `${role}${namedEntities(rel, names)}${dated}${according}${status}.`;
  // An action on a policy taken in an event reads better with the event as context:
  // "Remain in Mexico: agreed to expand, in “López Obrador agrees to …” (2019)."
  if (rel.type === 'ACTS_ON' && from?.labels.includes('Event')) {
    return `${object}: ${verbFor(rel)}, in “${subject}”${tail}`;
  }
  return `${subject} ${verbFor(rel)} ${object}${tail}`;
}
