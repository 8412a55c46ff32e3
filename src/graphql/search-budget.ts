/**
 * What full-text search may cost, checked before the database is asked.
 *
 * A search is cheap to send and can be dear to run: every word becomes an exact,
 * a prefix and a fuzzy Lucene term, and a fuzzy term's automaton grows with the
 * word's length (a 1,000-character word fails inside Lucene; twelve of them cost
 * seconds of database time). So a search is bounded three ways:
 *
 *   - the text: at most `maxQueryLength` characters, `maxWords` words of at most
 *     `maxWordLength` characters (checkSearchWords, a BAD_USER_INPUT naming the argument);
 *   - the expansion: only words of `minFuzzyLength`..`maxFuzzyLength` characters get a
 *     fuzzy term, with two edits only up to `maxTwoEditLength` (fuzzyEdits, prefixAllowed);
 *   - the request: at most `maxSearchesPerRequest` search fields in one operation,
 *     however they are aliased or spread through fragments (searchBudgetRule, a
 *     validation error before anything runs).
 *
 * Any field that runs the full-text index should go through this module
 * (SEARCH_FIELDS names the root fields the per-request rule counts).
 */
import {
  ASTVisitor,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';
import { badInput } from '../errors';

export const SEARCH_BUDGET = {
  maxQueryLength: 200,
  maxWords: 6,
  maxWordLength: 40,
  minPrefixLength: 1,
  minFuzzyLength: 3,
  /** Two typos only for words of 5..10 characters: a two-edit automaton costs ~5x a one-edit one, and grows with length. */
  maxTwoEditLength: 10,
  maxFuzzyLength: 20,
  maxSearchesPerRequest: 3,
} as const;

/** Root fields that query the full-text index; the per-request rule counts these. */
export const SEARCH_FIELDS: ReadonlySet<string> = new Set(['search']);

/** Reject search text that is too long before it is even split into words. */
export function checkSearchText(argument: string, text: string): void {
  if (text.length > SEARCH_BUDGET.maxQueryLength) {
    throw badInput(
      `${argument} may be at most ${SEARCH_BUDGET.maxQueryLength} characters long (got ${text.length}).`,
      argument,
    );
  }
}

/** Reject too many or too long words (the terms after analysis), naming the argument. */
export function checkSearchWords(argument: string, words: readonly string[]): void {
  if (words.length > SEARCH_BUDGET.maxWords) {
    throw badInput(`${argument} may hold at most ${SEARCH_BUDGET.maxWords} words (got ${words.length}).`, argument);
  }
  const long = words.find((w) => w.length > SEARCH_BUDGET.maxWordLength);
  if (long !== undefined) {
    throw badInput(
      `${argument} holds a word of ${long.length} characters; words may be at most ${SEARCH_BUDGET.maxWordLength}.`,
      argument,
    );
  }
}

/**
 * Edit distance of a word's fuzzy term (0: none): one typo from 3 characters, two
 * from 5 (Lucene's maximum), back to one past maxTwoEditLength, none past maxFuzzyLength.
 */
export function fuzzyEdits(word: string): 0 | 1 | 2 {
  const n = word.length;
  if (n < SEARCH_BUDGET.minFuzzyLength || n > SEARCH_BUDGET.maxFuzzyLength) return 0;
  return n >= 5 && n <= SEARCH_BUDGET.maxTwoEditLength ? 2 : 1;
}

/**
 * Whether a word gets a prefix term. Prefix terms are cheap even for one letter
 * (measured: eight one-letter prefixes cost ~0.1 s on the tiny synthetic corpus),
 * and "U.S." is searched as "u" and "s", so every word keeps its prefix.
 */
export function prefixAllowed(word: string): boolean {
  return word.length >= SEARCH_BUDGET.minPrefixLength;
}

/** How many search fields an operation runs, following fragments (each fragment once per spread). */
function countSearches(
  selectionSet: SelectionSetNode,
  fragment: (name: string) => FragmentDefinitionNode | undefined | null,
  seen: ReadonlySet<string>,
): number {
  let n = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (SEARCH_FIELDS.has(selection.name.value)) n++;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      n += countSearches(selection.selectionSet, fragment, seen);
    } else {
      const name = selection.name.value;
      const def = fragment(name);
      // A cycle is reported by graphql's own NoFragmentCyclesRule; do not loop on it here.
      if (def && !seen.has(name)) n += countSearches(def.selectionSet, fragment, new Set([...seen, name]));
    }
  }
  return n;
}

/**
 * Validation rule: an operation may run at most maxSearchesPerRequest searches.
 * Search fields live on Query only, so only the operation's top level (and the
 * fragments spread there) can hold them.
 */
export function searchBudgetRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node: OperationDefinitionNode) {
      const n = countSearches(node.selectionSet, (name) => context.getFragment(name), new Set());
      if (n > SEARCH_BUDGET.maxSearchesPerRequest) {
        context.reportError(
          new GraphQLError(
            `A request may run at most ${SEARCH_BUDGET.maxSearchesPerRequest} searches (this one has ${n}); ` +
              'send the others as separate requests.',
            { nodes: [node] },
          ),
        );
      }
    },
  };
}
