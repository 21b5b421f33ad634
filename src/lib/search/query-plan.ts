/**
 * How a search query is read before Pagefind is asked: which words must match, which only rank
 * (the consult words: 相談, 窓口, the town's name), and the fallback of a long phrase split into its
 * words. One place for the site's search (src/scripts/search/pagefind-search.ts) and the portal's
 * search router (src/scripts/federation/portal-search.ts), which must ask for the same terms.
 */
import {
  isConsultWord,
  normalizeQuery,
  queryKeys,
  splitConsultWords,
  textWords,
  type QueryWords,
} from './search-terms.ts';

export interface QueryPlan {
  /** The words a result must have, and those that only rank it. */
  query: QueryWords;
  /** The page text as typed (the required words). */
  text: string;
  /** When the keys find nothing: the words one by one (「子育ての相談」), if that differs. */
  splitQuery?: QueryWords;
}

/** How runSearch reads a query: the one place that decides what it asks Pagefind. */
export function planQuery(words: string[], townWords: string[] = []): QueryPlan {
  let query = splitConsultWords(words, townWords);
  // A phrase with a consult word inside (「子育ての相談」): its words, the consult word only ranking.
  const phraseWords = query.required.flatMap(textWords);
  if (phraseWords.some((word) => isConsultWord(word, townWords))) {
    const split = splitConsultWords(phraseWords, townWords);
    query = { required: split.required, ranking: [...query.ranking, ...split.ranking] };
  }
  const plan: QueryPlan = { query, text: query.required.join(' ') };
  // A long phrase that is no single term: its words one by one (all must match).
  const split = splitConsultWords(query.required.flatMap(textWords), townWords);
  if (split.required.join(' ') !== query.required.join(' '))
    plan.splitQuery = { required: split.required, ranking: [...query.ranking, ...split.ranking] };
  return plan;
}

/** Every term runSearch may ask Pagefind for a query that must match (the ranking-only one aside). */
export function queryTerms(q: string, townWords: string[] = []): string[] {
  const words = normalizeQuery(q).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const plan = planQuery(words, townWords);
  const terms = [queryKeys(plan.query.required.join(' ')), plan.text];
  if (plan.splitQuery) terms.push(queryKeys(plan.splitQuery.required.join(' ')));
  return terms;
}
