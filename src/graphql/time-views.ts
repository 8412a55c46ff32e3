/**
 * What an as-of view says about an office or policy it cannot place on the date:
 * why it is only "possibly" held or in force. The classification itself is done in
 * Cypher (research/offices-held.cypher, research/policies-in-force.cypher); this
 * module turns its `why` code and the attested window into a sentence.
 */
import { formatDate } from '../shared/dates';
import { relationshipPhrase } from '../shared/vocabulary';
import { toPlain } from './values';

/** Why the classification could not say "known" (see offices-held.cypher). */
export type PossiblyWhy =
  'undated' | 'no-start' | 'before-window' | 'after-window' | 'after-window-still-held' | 'after-window-ended';

const day = (d: unknown): string => formatDate(toPlain(d), 'day') ?? String(d);

/** One sentence: what the source attests and what it leaves open. */
export function possiblyReason(why: PossiblyWhy, attestedFrom: unknown, attestedTo: unknown): string {
  const from = attestedFrom ? day(attestedFrom) : null;
  const to = attestedTo ? day(attestedTo) : null;
  const window =
    from && to
      ? from === to
        ? `on ${from} only`
        : `from ${from} to ${to}`
      : from
        ? `from ${from}`
        : to
          ? `until ${to}`
          : '';
  switch (why) {
    case 'undated':
      return 'Undated: the sources give no date for it, so it cannot be placed on this date or ruled out.';
    case 'no-start':
      return `The sources give an end (${to}) but no start, so it may or may not have held on this date.`;
    case 'before-window':
      return `Before the attested window: the sources show it ${window} and do not say when it began.`;
    case 'after-window-still-held':
      return `After the attested window: the sources show it ${window}, still holding then, and do not say when it ended.`;
    case 'after-window-ended':
      return `After the attested window: the sources show it ${window} and say it ended later, without a date.`;
    case 'after-window':
      return `After the attested window: the sources show it ${window} and state no end.`;
  }
}

/** " Donald Trump is known to hold this office on that date." when someone is. */
export function otherHolders(names: string[]): string {
  if (names.length === 0) return '';
  return ` ${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} known to hold this office on that date.`;
}

/** " Dated actions on it: agreed to expand (2019)." for an undated policy known to exist. */
export function datedActions(actions: { action: unknown; date: unknown; precision: unknown }[]): string {
  if (actions.length === 0) return '';
  const parts = actions.map(
    (a) => `${relationshipPhrase('ACTS_ON', a.action)} (${formatDate(toPlain(a.date), a.precision) ?? day(a.date)})`,
  );
  return ` Dated actions on it: ${parts.join('; ')}.`;
}
