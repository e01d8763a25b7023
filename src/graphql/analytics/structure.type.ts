import { Field, Float, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { PageInfo } from "../types/common/page-info.type";
import { SortDirection } from "../types/common/sort-direction.enum";
import { EntityRef, MethodInfo } from "./common.type";
import { enumOf } from "../../analytics/types/enum-of";
import { SPOF_KINDS } from "../../services/analytics/spof.service";

export const SpofKindEnum = enumOf(SPOF_KINDS, {
  name: "SpofKind",
  description:
    "ARTICULATION_POINT / BRIDGE: structural (Tarjan, undirected projection); SOLE_PROVIDER: the " +
    "only tool for a capability (SILL function); HUMAN: contributor absence factor 1.",
  valuesConfig: {
    ARTICULATION_POINT: {
      description: "A node whose removal disconnects the undirected dependency projection.",
    },
    BRIDGE: { description: "An edge whose removal disconnects the undirected projection." },
    SOLE_PROVIDER: { description: "The only tool listed for a capability (SILL function)." },
    HUMAN: { description: "A tool whose contributor absence factor is 1 (one person)." },
  },
});
export type SpofKindEnum = (typeof SpofKindEnum)[keyof typeof SpofKindEnum];

export enum CentralityMeasureEnum {
  pagerank = "pagerank",
  betweenness = "betweenness",
  inDegree = "inDegree",
  transitiveDependents = "transitiveDependents",
}
const SORT_INSTEAD = "Use `sort: [{ <measure>: DESC }]` (CentralityRankingSort).";
registerEnumType(CentralityMeasureEnum, {
  name: "CentralityMeasure",
  description: "Measures of the deprecated `centralityRanking(sortBy:)`.",
  valuesConfig: {
    pagerank: { description: "PageRank (damping 0.85).", deprecationReason: SORT_INSTEAD },
    betweenness: { description: "Brandes betweenness.", deprecationReason: SORT_INSTEAD },
    inDegree: { description: "Number of incoming edges.", deprecationReason: SORT_INSTEAD },
    transitiveDependents: {
      description: "Nodes depending on it, directly or not.",
      deprecationReason: SORT_INSTEAD,
    },
  },
});

@InputType({
  description: "Ranking measure of `centralityRanking`: set exactly one field, to DESC.",
})
export class CentralityRankingSort {
  @Field(_type => SortDirection, { nullable: true, description: "PageRank (damping 0.85)." })
  pagerank?: SortDirection;

  @Field(_type => SortDirection, { nullable: true, description: "Brandes betweenness." })
  betweenness?: SortDirection;

  @Field(_type => SortDirection, { nullable: true, description: "Incoming edges." })
  inDegree?: SortDirection;

  @Field(_type => SortDirection, {
    nullable: true,
    description: "Nodes depending on it, directly or not.",
  })
  transitiveDependents?: SortDirection;
}

@ObjectType({ description: "One single point of failure." })
export class SinglePointOfFailure {
  @Field(_type => SpofKindEnum, { description: "Which kind of single point of failure." })
  kind!: SpofKindEnum;

  @Field(_type => EntityRef, { description: "The node (for a BRIDGE: its provider side)." })
  node!: EntityRef;

  @Field(_type => EntityRef, {
    nullable: true,
    description: "Other end of a BRIDGE (the consumer side).",
  })
  other!: EntityRef | null;

  @Field(_type => String, { description: "Why it is a single point of failure, in words." })
  detail!: string;

  @Field(_type => Int, {
    description: "Start-ups + organisations + ministries + partners depending on it.",
  })
  exposedConsumers!: number;

  @Field(_type => Int, { description: "Start-ups depending on it, directly or not." })
  exposedStartups!: number;

  @Field(_type => Int, { description: "Organisations depending on it, directly or not." })
  exposedOrganizations!: number;
}

@ObjectType({ description: "Single points of failure, most exposed first, one page." })
export class SinglePointsOfFailure {
  @Field(_type => [SinglePointOfFailure], { description: "This page, most exposed first." })
  items!: SinglePointOfFailure[];

  @Field(_type => PageInfo, { description: "Paging of `items` (`first`/`after`)." })
  pageInfo!: PageInfo;

  @Field(_type => MethodInfo, { description: "How it was computed." })
  method!: MethodInfo;
}

@ObjectType({ description: "Precomputed centralities of one node." })
export class CentralityEntry {
  @Field(_type => EntityRef, { description: "The ranked node." })
  node!: EntityRef;

  @Field(_type => Float, {
    description: "PageRank, 0…1; the values of all projected nodes sum to 1 (not rounded).",
  })
  pagerank!: number;

  @Field(_type => Float, {
    description: "Brandes betweenness, ≥ 0 (number of shortest paths through it, not normalised).",
  })
  betweenness!: number;

  @Field(_type => Int, { description: "Incoming edges in the projection." })
  inDegree!: number;

  @Field(_type => Int, { description: "Nodes depending on it, directly or not." })
  transitiveDependents!: number;

  @Field(_type => Int, { description: "Louvain community id (see `communities`)." })
  communityId!: number;
}

@ObjectType({ description: "Nodes ranked by a precomputed centrality, one page." })
export class CentralityRanking {
  @Field(_type => [CentralityEntry], { description: "This page, highest first." })
  entries!: CentralityEntry[];

  @Field(_type => PageInfo, { description: "Paging of `entries` (`first`/`after`)." })
  pageInfo!: PageInfo;

  @Field(_type => MethodInfo, { description: "How it was computed." })
  method!: MethodInfo;
}

@ObjectType({ description: "How many members of a community carry one label." })
export class LabelShare {
  @Field(_type => String, { description: "Graph label, e.g. `Software`." })
  label!: string;

  @Field(_type => Int, { description: "Members with that label." })
  count!: number;
}

@ObjectType({ description: "One Louvain community of the dependency projection." })
export class Community {
  @Field(_type => Int, { description: "Community id (stable for a given snapshot)." })
  communityId!: number;

  @Field(_type => Int, { description: "Number of members." })
  size!: number;

  @Field(_type => [LabelShare], { description: "Members per label, largest first." })
  labels!: LabelShare[];

  @Field(_type => [EntityRef], { description: "Members with the highest PageRank." })
  topMembers!: EntityRef[];
}

@ObjectType({ description: "Louvain communities, largest first, one page." })
export class Communities {
  @Field(_type => [Community], { description: "This page, largest first." })
  communities!: Community[];

  @Field(_type => PageInfo, { description: "Paging of `communities` (`first`/`after`)." })
  pageInfo!: PageInfo;

  @Field(_type => MethodInfo, { description: "How it was computed." })
  method!: MethodInfo;
}

@ObjectType({ description: "One hop of a connection path." })
export class PathStep {
  @Field(_type => String, { description: "Relationship type, e.g. `SPONSORED_BY`." })
  relationship!: string;

  @Field(_type => Boolean, {
    description: "Stored direction goes from the earlier node to the later one.",
  })
  forward!: boolean;

  @Field(_type => [String], { description: "Sources stating that relationship (provenance)." })
  sources!: string[];
}

@ObjectType({ description: "The shortest explanation of how two entities are connected." })
export class ConnectionPath {
  @Field(_type => EntityRef, { description: "Start of the path." })
  from!: EntityRef;

  @Field(_type => EntityRef, { description: "End of the path." })
  to!: EntityRef;

  @Field(_type => Int, { nullable: true, description: "Null when not connected within maxLength." })
  length!: number | null;

  @Field(_type => [EntityRef], { description: "The nodes of the path, from → … → to." })
  nodes!: EntityRef[];

  @Field(_type => [PathStep], { description: "steps[i] links nodes[i] and nodes[i+1]." })
  steps!: PathStep[];

  @Field(_type => Int, { description: "How many shortest paths of that length exist." })
  shortestPaths!: number;

  @Field(_type => MethodInfo, { description: "How it was computed." })
  method!: MethodInfo;
}
