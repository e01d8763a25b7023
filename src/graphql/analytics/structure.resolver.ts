import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import type { AnalyticsLabel } from "../../services/analytics/subject";
import { centralityRanking, communities } from "../../services/analytics/centrality.service";
import { connectionPath } from "../../services/analytics/connection-path.service";
import { singlePointsOfFailure } from "../../services/analytics/spof.service";
import { AnalyticsLabelEnum, entityRef, methodInfo, SubjectInput } from "./common.type";
import {
  CentralityMeasureEnum,
  CentralityRanking,
  Communities,
  ConnectionPath,
  SinglePointsOfFailure,
  SpofKindEnum,
} from "./structure.type";

@Resolver()
export class StructureResolver {
  @Query(_returns => SinglePointsOfFailure, {
    description:
      "Single points of failure: structural (articulation points and bridges of the undirected " +
      "dependency projection, Tarjan), functional (capability served by one tool), human " +
      "(contributor absence factor 1), ranked by the start-ups / organisations depending on them. " +
      "metrics-anchors.md §7.9.",
  })
  async singlePointsOfFailure(
    @Ctx() ctx: Context,
    @Arg("kinds", _type => [SpofKindEnum], { nullable: true }) kinds: SpofKindEnum[] | null,
    @Arg("minExposure", _type => Int, { defaultValue: 1 }) minExposure: number,
    @Arg("limit", _type => Int, { defaultValue: 100 }) limit: number,
  ): Promise<SinglePointsOfFailure> {
    const r = await singlePointsOfFailure(ctx, { kinds: kinds ?? undefined, minExposure, limit });
    return {
      items: r.items.map(i => ({
        ...i,
        kind: i.kind as SpofKindEnum,
        node: entityRef(i.node),
        other: i.other ? entityRef(i.other) : null,
      })),
      method: methodInfo(r.method),
    };
  }

  @Query(_returns => CentralityRanking, {
    description:
      "Nodes sorted by a precomputed measure: PageRank, betweenness (Brandes), in-degree, transitive " +
      "dependents; with the Louvain community id. Stored on nodes by precomputeAnalytics after each " +
      "seed over the stated projection (see method). metrics-anchors.md §6, §7.7.",
  })
  async centralityRanking(
    @Ctx() ctx: Context,
    @Arg("sortBy", _type => CentralityMeasureEnum, { defaultValue: "pagerank" })
    sortBy: CentralityMeasureEnum,
    @Arg("labels", _type => [AnalyticsLabelEnum], { nullable: true })
    labels: AnalyticsLabel[] | null,
    @Arg("communityId", _type => Int, { nullable: true }) communityId: number | null,
    @Arg("limit", _type => Int, { defaultValue: 50 }) limit: number,
  ): Promise<CentralityRanking> {
    const r = await centralityRanking(ctx, { measure: sortBy, labels, communityId, limit });
    return {
      entries: r.rows.map(e => ({ ...e, node: entityRef(e.node) })),
      method: methodInfo(r.method),
    };
  }

  @Query(_returns => Communities, {
    description:
      "Louvain communities (seeded, reproducible) of the dependency projection, largest first.",
  })
  async communities(
    @Ctx() ctx: Context,
    @Arg("limit", _type => Int, { defaultValue: 50 }) limit: number,
    @Arg("top", _type => Int, { defaultValue: 10, description: "Members listed per community." })
    top: number,
  ): Promise<Communities> {
    const r = await communities(ctx, { limit, top });
    return {
      communities: r.communities.map(c => ({ ...c, topMembers: c.topMembers.map(entityRef) })),
      method: methodInfo(r.method),
    };
  }

  @Query(_returns => ConnectionPath, {
    description:
      "How two entities are connected (e.g. a ministry and a tool): the shortest undirected path " +
      "over the semantic relationships (≤ 8 hops), stable tie-break by Label:key sequence.",
  })
  async connectionPath(
    @Ctx() ctx: Context,
    @Arg("from", _type => SubjectInput) from: SubjectInput,
    @Arg("to", _type => SubjectInput) to: SubjectInput,
    @Arg("maxLength", _type => Int, { defaultValue: 6, description: "1…8" }) maxLength: number,
  ): Promise<ConnectionPath> {
    const r = await connectionPath(ctx, from, to, { maxLength });
    return {
      ...r,
      from: entityRef(r.from),
      to: entityRef(r.to),
      nodes: r.nodes.map(entityRef),
      method: methodInfo(r.method),
    };
  }
}
