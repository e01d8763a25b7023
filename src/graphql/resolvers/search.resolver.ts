import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Info, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { ENTITIES } from "../../read/model";
import { search, type SearchHitRecord, childFields } from "../../read";
import { ENTITY_TYPE_LABELS, EntityType, SearchHit } from "../types/search.type";

@Resolver()
export class SearchResolver {
  @Query(_returns => [SearchHit], {
    description:
      "Full-text search across entities (French analyzer, case- and accent-insensitive), best first. " +
      "Exact names, acronyms and keys rank first.",
  })
  search(
    @Arg("query", _type => String, {
      description: "Words to find; every word must match (prefix allowed).",
    })
    query: string,
    @Arg("kinds", _type => [EntityType], {
      nullable: true,
      description: "Keep hits of these kinds only (default all).",
    })
    kinds: string[] | null,
    @Arg("types", _type => [EntityType], {
      nullable: true,
      description: "Former name of `kinds`.",
      deprecationReason: "Use `kinds`.",
    })
    types: string[] | null,
    @Arg("first", _type => Int, { defaultValue: 20, description: "Number of hits, 0-100." })
    first: number,
    @Ctx() ctx: Context,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<SearchHitRecord[]> {
    const chosen = kinds?.length ? kinds : types;
    const labels = chosen?.length
      ? chosen.map(t => ENTITY_TYPE_LABELS[t] ?? t)
      : ENTITIES.map(e => e.label);
    const fragments = info?.fragments ?? {};
    const nodeFields = info
      ? childFields(childFields(info.fieldNodes, fragments).get("node") ?? [], fragments).keys()
      : undefined;
    return search(ctx, query, labels, first, nodeFields);
  }
}
