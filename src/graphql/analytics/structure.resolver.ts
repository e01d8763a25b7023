import { Arg, Args, Ctx, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import type { AnalyticsLabel } from "../../services/analytics/subject";
import { centralityRanking, communities } from "../../services/analytics/centrality.service";
import { connectionPath } from "../../services/analytics/connection-path.service";
import { singlePointsOfFailure } from "../../services/analytics/spof.service";
import { labelOfKind } from "../../read/model";
import { EntityType } from "../types/search.type";
import { AnalyticsLabelEnum, SubjectInput } from "./common.type";
import { AnalyticsPageArgs } from "./page-args.type";
import { pagedMethod, pageInfo, pageRows, pageWindow } from "./paging";
import { rankingMeasure } from "./ranking-sort";
import {
  CentralityMeasureEnum,
  CentralityRanking,
  CentralityRankingSort,
  Communities,
  ConnectionPath,
  SinglePointsOfFailure,
  SpofKindEnum,
} from "./structure.type";

type Measure = "pagerank" | "betweenness" | "inDegree" | "transitiveDependents";

@Resolver()
export class StructureResolver {
  @Query(_returns => SinglePointsOfFailure, {
    description:
      "Single points of failure: structural (articulation points and bridges of the undirected " +
      "dependency projection, Tarjan), functional (capability served by one tool), human " +
      "(contributor absence factor 1), ranked by the start-ups / organisations depending on them. " +
      "Paged: `first` 1…1000 (default 100), `after`. metrics-anchors.md §7.9.",
  })
  async singlePointsOfFailure(
    @Ctx() ctx: Context,
    @Arg("kinds", _type => [SpofKindEnum], {
      nullable: true,
      description: "Keep these kinds only (default all).",
    })
    kinds: SpofKindEnum[] | null,
    @Arg("minExposure", _type => Int, {
      defaultValue: 1,
      description: "Keep items with at least this many exposed consumers.",
    })
    minExposure: number,
    @Args(_type => AnalyticsPageArgs) page: AnalyticsPageArgs,
  ): Promise<SinglePointsOfFailure> {
    const window = pageWindow("singlePointsOfFailure", page, { first: 100, max: 1000 });
    const r = await singlePointsOfFailure(ctx, {
      kinds: kinds ?? undefined,
      minExposure,
      limit: window.fetch,
    });
    return {
      items: pageRows(window, r.items).map(i => ({
        ...i,
        kind: i.kind as SpofKindEnum,
        node: i.node,
        other: i.other,
      })),
      pageInfo: pageInfo(window, r.items.length),
      method: pagedMethod(r.method, window, r.items.length),
    };
  }

  @Query(_returns => CentralityRanking, {
    description:
      "Nodes sorted by a precomputed measure: PageRank, betweenness (Brandes), in-degree, transitive " +
      "dependents; with the Louvain community id. Stored on nodes by precomputeAnalytics after each " +
      "seed over the stated projection (see method). Paged: `first` 1…1000 (default 50), `after`. " +
      "metrics-anchors.md §6, §7.7.",
  })
  async centralityRanking(
    @Ctx() ctx: Context,
    @Arg("sort", _type => [CentralityRankingSort], {
      nullable: true,
      description: "The ranking measure, descending (default `[{ pagerank: DESC }]`).",
    })
    sort: CentralityRankingSort[] | null,
    @Arg("sortBy", _type => CentralityMeasureEnum, {
      nullable: true,
      description: "Former ranking measure.",
      deprecationReason: "Use `sort: [{ pagerank: DESC }]`.",
    })
    sortBy: CentralityMeasureEnum | null,
    @Arg("kinds", _type => [EntityType], {
      nullable: true,
      description: "Keep nodes of these kinds only (default all).",
    })
    kinds: string[] | null,
    @Arg("labels", _type => [AnalyticsLabelEnum], {
      nullable: true,
      description: "Former name of `kinds`.",
      deprecationReason: "Use `kinds` (EntityType).",
    })
    labels: AnalyticsLabel[] | null,
    @Arg("communityId", _type => Int, {
      nullable: true,
      description: "Keep members of this Louvain community only.",
    })
    communityId: number | null,
    @Args(_type => AnalyticsPageArgs) page: AnalyticsPageArgs,
  ): Promise<CentralityRanking> {
    const measure = rankingMeasure<Measure>("sort", sort, sortBy, "pagerank");
    const window = pageWindow("centralityRanking", page, { first: 50, max: 1000 });
    const chosen = kinds?.length
      ? (kinds.map(k => labelOfKind(k) ?? k) as AnalyticsLabel[])
      : labels;
    const r = await centralityRanking(ctx, {
      measure,
      labels: chosen,
      communityId,
      limit: window.fetch,
    });
    return {
      entries: pageRows(window, r.rows),
      pageInfo: pageInfo(window, r.rows.length),
      method: pagedMethod(r.method, window, r.rows.length),
    };
  }

  @Query(_returns => Communities, {
    description:
      "Louvain communities (seeded, reproducible) of the dependency projection, largest first. " +
      "Paged: `first` 1…1000 (default 50), `after`.",
  })
  async communities(
    @Ctx() ctx: Context,
    @Arg("top", _type => Int, { defaultValue: 10, description: "Members listed per community." })
    top: number,
    @Args(_type => AnalyticsPageArgs) page: AnalyticsPageArgs,
  ): Promise<Communities> {
    const window = pageWindow("communities", page, { first: 50, max: 1000 });
    const r = await communities(ctx, { limit: window.fetch, top });
    return {
      communities: pageRows(window, r.communities).map(c => ({
        ...c,
        topMembers: c.topMembers,
      })),
      pageInfo: pageInfo(window, r.communities.length),
      method: pagedMethod(r.method, window, r.communities.length),
    };
  }

  @Query(_returns => ConnectionPath, {
    description:
      "How two entities are connected (e.g. a ministry and a tool): the shortest undirected path " +
      "over the semantic relationships (≤ 8 hops), stable tie-break by Label:key sequence.",
  })
  async connectionPath(
    @Ctx() ctx: Context,
    @Arg("from", _type => SubjectInput, { description: "Where the path starts." })
    from: SubjectInput,
    @Arg("to", _type => SubjectInput, { description: "Where the path ends." }) to: SubjectInput,
    @Arg("maxLength", _type => Int, {
      defaultValue: 6,
      description: "Longest path searched, in hops (1…8).",
    })
    maxLength: number,
  ): Promise<ConnectionPath> {
    const r = await connectionPath(ctx, from, to, { maxLength });
    return {
      ...r,
      from: r.from,
      to: r.to,
      nodes: r.nodes,
      method: r.method,
    };
  }
}
