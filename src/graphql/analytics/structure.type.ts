import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { EntityRef, MethodInfo } from "./common.type";

export enum SpofKindEnum {
  ARTICULATION_POINT = "ARTICULATION_POINT",
  BRIDGE = "BRIDGE",
  SOLE_PROVIDER = "SOLE_PROVIDER",
  HUMAN = "HUMAN",
}
registerEnumType(SpofKindEnum, {
  name: "SpofKind",
  description:
    "ARTICULATION_POINT / BRIDGE: structural (Tarjan, undirected projection); SOLE_PROVIDER: the " +
    "only tool for a capability (SILL function); HUMAN: contributor absence factor 1.",
});

export enum CentralityMeasureEnum {
  pagerank = "pagerank",
  betweenness = "betweenness",
  inDegree = "inDegree",
  transitiveDependents = "transitiveDependents",
}
registerEnumType(CentralityMeasureEnum, { name: "CentralityMeasure" });

@ObjectType({ description: "One single point of failure." })
export class SinglePointOfFailure {
  @Field(_type => SpofKindEnum)
  kind!: SpofKindEnum;

  @Field(_type => EntityRef)
  node!: EntityRef;

  @Field(_type => EntityRef, {
    nullable: true,
    description: "Other end of a BRIDGE (the consumer side).",
  })
  other!: EntityRef | null;

  @Field(_type => String)
  detail!: string;

  @Field(_type => Int, {
    description: "Start-ups + organisations + ministries + partners depending on it.",
  })
  exposedConsumers!: number;

  @Field(_type => Int)
  exposedStartups!: number;

  @Field(_type => Int)
  exposedOrganizations!: number;
}

@ObjectType()
export class SinglePointsOfFailure {
  @Field(_type => [SinglePointOfFailure], { description: "Most exposed first." })
  items!: SinglePointOfFailure[];

  @Field(_type => MethodInfo)
  method!: MethodInfo;
}

@ObjectType({ description: "Precomputed centralities of one node." })
export class CentralityEntry {
  @Field(_type => EntityRef)
  node!: EntityRef;

  @Field(_type => Float)
  pagerank!: number;

  @Field(_type => Float)
  betweenness!: number;

  @Field(_type => Int)
  inDegree!: number;

  @Field(_type => Int)
  transitiveDependents!: number;

  @Field(_type => Int)
  communityId!: number;
}

@ObjectType()
export class CentralityRanking {
  @Field(_type => [CentralityEntry])
  entries!: CentralityEntry[];

  @Field(_type => MethodInfo)
  method!: MethodInfo;
}

@ObjectType()
export class LabelShare {
  @Field(_type => String)
  label!: string;

  @Field(_type => Int)
  count!: number;
}

@ObjectType()
export class Community {
  @Field(_type => Int)
  communityId!: number;

  @Field(_type => Int)
  size!: number;

  @Field(_type => [LabelShare])
  labels!: LabelShare[];

  @Field(_type => [EntityRef], { description: "Members with the highest PageRank." })
  topMembers!: EntityRef[];
}

@ObjectType()
export class Communities {
  @Field(_type => [Community])
  communities!: Community[];

  @Field(_type => MethodInfo)
  method!: MethodInfo;
}

@ObjectType({ description: "One hop of a connection path." })
export class PathStep {
  @Field(_type => String)
  relationship!: string;

  @Field(_type => Boolean, {
    description: "Stored direction goes from the earlier node to the later one.",
  })
  forward!: boolean;

  @Field(_type => [String])
  sources!: string[];
}

@ObjectType({ description: "The shortest explanation of how two entities are connected." })
export class ConnectionPath {
  @Field(_type => EntityRef)
  from!: EntityRef;

  @Field(_type => EntityRef)
  to!: EntityRef;

  @Field(_type => Int, { nullable: true, description: "Null when not connected within maxLength." })
  length!: number | null;

  @Field(_type => [EntityRef])
  nodes!: EntityRef[];

  @Field(_type => [PathStep], { description: "steps[i] links nodes[i] and nodes[i+1]." })
  steps!: PathStep[];

  @Field(_type => Int)
  shortestPaths!: number;

  @Field(_type => MethodInfo)
  method!: MethodInfo;
}
