/**
 * Forgiving search: what one search asks the full-text indexes (cypher/schema/
 * 030_search_indexes.cypher), as the list of index queries search/entities.cypher runs.
 *
 * A search need not match every word. Its words are looked up one by one, each in
 * every analysis of the text — folded names with prefixes and typos, English stems
 * over names and descriptions, Spanish stems over names, English stems over evidence
 * excerpts — and an entity is ranked first by how many of the words it matched
 * (coverage), then by whether its own name holds every word, then by relevance. One
 * more query asks for every word at once, so an entity matching them all is found
 * however common each word is.
 *
 * Cost: at most SEARCH_BUDGET.maxWords words (search-budget.ts), so at most
 * 2 + 4 × maxWords index queries, each reading at most HITS_PER_QUERY hits, in one
 * round trip; fuzzy terms only in the folded index, bounded as before.
 */
import { allWordsQuery, searchWords, wordClause } from './lucene';

/** `word` of the query that finds the entities whose own name holds every word. */
export const NAME_HOLDS_ALL = -2;

/** One full-text query of a search; `word` is the word's position, -1 for the all-words query, -2 NAME_HOLDS_ALL. */
export interface IndexQuery {
  word: number;
  index: string;
  lucene: string;
  /** How much a hit in this analysis counts against the others (folded names count most). */
  weight: number;
}

/** Hits read per index query: enough to rank within; the all-words query catches the rest. */
export const HITS_PER_QUERY = 100;

/**
 * Lucene's Spanish stop words that are not English ones: a word the Spanish analyzer
 * drops would make an empty query, so the Spanish index is not asked about it.
 */
const SPANISH_STOP = new Set(
  'de la que el en y los del se las por un para con una su al lo como mas más pero sus le ya o fue este ha si sí porque esta son entre cuando muy sin sobre ser tiene tambien también me hasta hay donde quien desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto antes algunos unos yo otro otras otra tanto esa estos mucho quienes nada muchos cual poco ella estar estas algunas algo nosotros mi mis tu te ti tus ellas os mio mia'.split(
    ' ',
  ),
);

export interface SearchPlan {
  words: string[];
  queries: IndexQuery[];
}

export function searchPlan(input: string, argument = 'query'): SearchPlan {
  const words = searchWords(input, argument);
  const queries: IndexQuery[] = [
    { word: -1, index: 'entity_names', lucene: allWordsQuery(words), weight: 1 },
    // Which entities hold every word in their own name: among equal coverage they come first
    // ("vaccine doses": the doses concession before the issue with that alias). Not scored.
    { word: NAME_HOLDS_ALL, index: 'entity_names', lucene: `name:(${words.join(' AND ')})`, weight: 0 },
  ];
  words.forEach((w, i) => {
    queries.push({ word: i, index: 'entity_names', lucene: wordClause(w), weight: 1 });
    queries.push({ word: i, index: 'entity_text_en', lucene: w, weight: 1 });
    if (!SPANISH_STOP.has(w)) queries.push({ word: i, index: 'entity_text_es', lucene: w, weight: 0.8 });
    queries.push({ word: i, index: 'evidence_excerpt', lucene: w, weight: 0.5 });
  });
  return { words, queries };
}
