import type { Context } from "../context";
import { foldText } from "../query/normalise";
import { MAX_PAGE_SIZE } from "../query/page-args";
import { entityByLabel, type EntityDef } from "../query/registry";
import { projectedProps } from "../query/projection";
import { luceneQuery, searchStatement } from "../query/search-query";
import { BadUserInputError } from "../errors";
import { type EntityRecord, toEntityRecord } from "./entity-record";

export interface SearchHitRecord {
  score: number;
  node: EntityRecord;
}

// Shared tools and start-ups first, then public bodies; repositories and packages are numerous
// and mostly match on their key, so they come after at equal text relevance.
const LABEL_WEIGHT: Record<string, number> = {
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

const NAME_PROPS = ["name", "title", "label", "displayName"];

/**
 * Full-text search over every entity: Lucene (French analyzer) finds candidates, then exact name,
 * acronym and key matches are ranked first, which is what short queries such as `docs` or
 * `franceconnect` need.
 */
export async function search(
  ctx: Context,
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
  const folded = foldText(query.trim());
  const rows = await ctx.db.read(searchStatement(searchFields(labels, nodeFields)), {
    lucene,
    labels,
    candidates: 300,
  });
  const hits = rows.flatMap(row => {
    const entity = entityByLabel(String(row.label));
    return entity
      ? [rank(entity, row.node as Record<string, unknown>, Number(row.score), folded)]
      : [];
  });
  hits.sort((a, b) => b.score - a.score || a.node.key.localeCompare(b.node.key));
  return hits.slice(0, first);
}

/** Selected properties of every searched label, plus those the ranking reads. */
function searchFields(labels: string[], nodeFields: Iterable<string> | undefined): string[] | null {
  if (!nodeFields) {
    return null;
  }
  const wanted = [...nodeFields, ...NAME_PROPS, "acronym"];
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

function rank(
  entity: EntityDef,
  props: Record<string, unknown>,
  score: number,
  q: string,
): SearchHitRecord {
  const node = toEntityRecord(entity, props);
  const name = foldText(
    String(NAME_PROPS.map(p => props[p]).find(v => typeof v === "string") ?? ""),
  );
  const acronym = foldText(String(props.acronym ?? ""));
  const key = node.key.toLowerCase();
  let boost = LABEL_WEIGHT[entity.label] ?? 0;
  if (name === q || acronym === q) {
    boost += 20;
  } else if (name.startsWith(q)) {
    boost += 6;
  }
  if (key === q || key.endsWith(`:${q}`) || key.endsWith(`/${q}`)) {
    boost += 12;
  }
  return { score: Math.round((score + boost) * 1000) / 1000, node };
}
