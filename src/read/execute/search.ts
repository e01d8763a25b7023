import type { ReadContext } from "../context";
import { foldText } from "../model/normalise";
import { MAX_PAGE_SIZE } from "../plan/page-args";
import { ENTITIES, entityByLabel } from "../model";
import { projectedProps } from "../plan/projection";
import { LABEL_WEIGHT, luceneQuery, searchStatement } from "../compile/search-query";
import { BadUserInputError } from "../../errors";
import { type EntityRecord, toEntityRecord } from "./entity-record";

export interface SearchHitRecord {
  score: number;
  node: EntityRecord;
}

/** Lucene candidates read when every label is searched, and when only some are. */
const CANDIDATES_ALL = 300;
const CANDIDATES_SOME = 3000;

/**
 * Full-text search over every entity: Lucene (French analyzer) finds candidates, then exact name,
 * acronym and key matches are ranked first, which is what short queries such as `docs` or
 * `franceconnect` need. The ranking runs in the statement, which returns only `first` rows.
 */
export async function search(
  ctx: ReadContext,
  query: string,
  labels: string[],
  first: number,
  /** GraphQL field names selected on `node` (any type); undefined returns whole nodes. */
  nodeFields?: Iterable<string>,
): Promise<SearchHitRecord[]> {
  if (first < 0 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`\`first\` must be between 0 and ${MAX_PAGE_SIZE} (got ${first})`, {
      argument: "first",
    });
  }
  const lucene = luceneQuery(query);
  const rows = await ctx.db.read(searchStatement(searchFields(labels, nodeFields)), {
    lucene,
    labels,
    folded: foldText(query.trim()),
    weights: LABEL_WEIGHT,
    candidates: labels.length < ENTITIES.length ? CANDIDATES_SOME : CANDIDATES_ALL,
    first,
  });
  return rows.flatMap(row => {
    const entity = entityByLabel(String(row.label));
    return entity
      ? [
          {
            score: Number(row.score),
            node: toEntityRecord(entity, row.node as Record<string, unknown>),
          },
        ]
      : [];
  });
}

/** Selected properties of every searched label. */
function searchFields(labels: string[], nodeFields: Iterable<string> | undefined): string[] | null {
  if (!nodeFields) {
    return null;
  }
  const wanted = [...nodeFields];
  const fields = new Set<string>();
  for (const label of labels) {
    const entity = entityByLabel(label);
    if (entity) {
      projectedProps(entity, wanted).forEach(f => fields.add(f));
    }
  }
  fields.add("key");
  return [...fields].sort();
}
