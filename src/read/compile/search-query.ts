import { BadUserInputError } from "../../errors";
import { foldText, searchPropName } from "../model/normalise";
import { mapProjection } from "./map-projection";
import { inSlot } from "../../db/published-slot";

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

// Shared tools and start-ups first, then public bodies; repositories and packages are numerous
// and mostly match on their key, so they come after at equal text relevance.
export const LABEL_WEIGHT: Record<string, number> = {
  Software: 3,
  Startup: 2.5,
  Ministry: 2,
  DigitalDirectorate: 2,
  Organization: 1.5,
  Partner: 1.5,
  Incubator: 1.5,
  Phase: 1,
  Repository: 0.5,
  ForgeAccount: 0.3,
  Package: 0.2,
};

/** The properties that hold an entity's display name, the first present one counts. */
export const NAME_PROPS = ["name", "title", "label", "displayName"] as const;

/**
 * Full-text candidates (`$candidates` of them from Lucene), kept when their label is in `$labels`,
 * then ranked: Lucene's score plus the label's weight, plus 20 for an exact name or acronym,
 * 6 for a name that starts with the query, 12 for a key that is or ends with it (all folded).
 * Returns the best `$first` rows: `node` (projected on `fields`, registry names only), `label`,
 * `score` (rounded to 3 decimals), ties broken by key.
 */
export function searchStatement(fields: readonly string[] | null = null): string {
  // the folded values stored by prepareSearch; lower case only when they are missing
  const stored = (props: readonly string[]) => props.map(p => `node.${searchPropName(p)}`);
  const raw = (props: readonly string[]) => props.map(p => `node.${p}`);
  const name = `coalesce(${stored(NAME_PROPS).join(", ")}, toLower(coalesce(${raw(NAME_PROPS).join(", ")})), '')`;
  const acronym = `coalesce(${stored(["acronym"])[0]}, toLower(node.acronym), '')`;
  return `
CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $lucene, {limit: toInteger($candidates)}) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l IN $labels][0] AS label
WHERE label IS NOT NULL AND ${inSlot("node")}
WITH node, label, score, ${name} AS name, ${acronym} AS acronym, toLower(node.key) AS key
WITH node, label, round(score + coalesce($weights[label], 0)
  + CASE WHEN name = $folded OR acronym = $folded THEN 20 WHEN name STARTS WITH $folded THEN 6 ELSE 0 END
  + CASE WHEN key = $folded OR key ENDS WITH (':' + $folded) OR key ENDS WITH ('/' + $folded) THEN 12 ELSE 0 END, 3) AS ranked
ORDER BY ranked DESC, node.key
LIMIT toInteger($first)
RETURN ${mapProjection("node", fields)} AS node, label, ranked AS score`;
}
