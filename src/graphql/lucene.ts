/**
 * The user's words as a Lucene query for the full-text index. Operators and special
 * characters are dropped rather than escaped: a researcher typing "U.S.-Mexico" wants
 * words, not query syntax. Fuzzy and prefix terms bypass Lucene's analyzer, so accents
 * are folded here the way the index's standard-folding analyzer folds them.
 */
import { badInput } from '../errors';
import { checkSearchText, checkSearchWords, fuzzyEdits, prefixAllowed } from './search-budget';

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/'’.,;]/g;

/**
 * Lucene's English stop words: the index never holds them, so a query term like
 * "in" (Remain in Mexico) could never match and would sink an AND query.
 */
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a search, folded, without operators and stop words, within the search budget. */
export function searchWords(input: string, argument = 'query'): string[] {
  checkSearchText(argument, input);
  const words = input
    .split(/\s+/)
    .map((w) => fold(w.replace(SPECIAL, ' ')).trim())
    .flatMap((w) => w.split(/\s+/))
    .filter((w) => w.length > 0 && !STOP_WORDS.has(w));
  if (words.length === 0)
    throw badInput(`${argument} must contain at least one word that is not a stop word (the, of, in…).`, argument);
  checkSearchWords(argument, words);
  return words;
}

/**
 * One word as folded-index terms: exact matches rank above prefix matches, which rank
 * above typo-tolerant ones.
 */
export function wordClause(w: string): string {
  const terms = [`${w}^4`];
  if (prefixAllowed(w)) terms.push(w.length >= 3 ? `${w}*^2` : `${w}*`);
  const edits = fuzzyEdits(w);
  if (edits > 0) terms.push(`${w}~${edits}`);
  return `(${terms.join(' OR ')})`;
}

/** Every word must match (each by wordClause), with the all-words-in-the-name boost. */
export function allWordsQuery(words: readonly string[]): string {
  // An entity whose own name holds every word outranks one that matches only through an
  // alias or a longer text: "vaccine doses" finds the doses concession before the issue
  // "Vaccines" (alias "AstraZeneca vaccine doses"). The clause only adds to the score of
  // entities the first part already matches, so it changes the order, not the hits.
  return `(${words.map(wordClause).join(' AND ')}) OR name:(${words.join(' AND ')})^${NAME_BOOST}`;
}

/** The words of a search as one Lucene query (every word must match), within the search budget. */
export function luceneQuery(input: string, argument = 'query'): string {
  return allWordsQuery(searchWords(input, argument));
}

/** Weight of the all-words-in-the-name clause, against the per-word boosts above (4 for an exact word). */
const NAME_BOOST = 6;
