import { BadUserInputError } from "../errors";
import { foldText } from "./normalise";
import { mapProjection } from "./projection";

export const SEARCH_INDEX = "entity_search";
export const MAX_QUERY_LENGTH = 200;

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes Lucene's special characters so user input is always literal text. */
export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, ch => `\\${ch}`);
}

/**
 * A Lucene query where every word must match, either as a word (boosted) or as a prefix, so that
 * short inputs like `docs` or `francecon` find `Docs` and `FranceConnect`.
 */
export function luceneQuery(query: string): string {
  if (query.length > MAX_QUERY_LENGTH) {
    throw new BadUserInputError(`the search query is limited to ${MAX_QUERY_LENGTH} characters`, {
      argument: "query",
    });
  }
  const terms = foldText(query)
    .split(/[\s'’]+/)
    .map(t => escapeLucene(t.trim()))
    .filter(t => t.replace(/\\/g, "").length > 0);
  if (terms.length === 0) {
    throw new BadUserInputError("the search query is empty", { argument: "query" });
  }
  return terms.map(t => `(${t}^3 OR ${t}*)`).join(" AND ");
}

/** The candidates' statement; `fields` (registry names only) limits the properties returned. */
export function searchStatement(fields: readonly string[] | null = null): string {
  return `
CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $lucene, {limit: toInteger($candidates)}) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l IN $labels][0] AS label
WHERE label IS NOT NULL
RETURN ${mapProjection("node", fields)} AS node, label, score`;
}

export const SEARCH_STATEMENT = searchStatement();
