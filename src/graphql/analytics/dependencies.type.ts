import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { EntityRef, MethodInfo } from "./common.type";

export enum DependencyRelationEnum {
  DIRECT = "DIRECT",
  INDIRECT = "INDIRECT",
}
registerEnumType(DependencyRelationEnum, {
  name: "DependencyRelation",
  description: "Relation to the query root (deps.dev): DIRECT iff the minimal depth is 1.",
});

export enum DependencyKindEnum {
  RUNTIME = "RUNTIME",
  DEV = "DEV",
  PEER = "PEER",
  OPTIONAL = "OPTIONAL",
  BUILD = "BUILD",
}
registerEnumType(DependencyKindEnum, {
  name: "DependencyKind",
  description: "Kind of a declared dependency (DEPENDS_ON.kind, from the manifest section).",
});

export enum LicenceClassEnum {
  OPEN = "OPEN",
  PROPRIETARY = "PROPRIETARY",
  DUAL_COMMERCIAL = "DUAL_COMMERCIAL",
  UNKNOWN = "UNKNOWN",
  NONE = "NONE",
}
registerEnumType(LicenceClassEnum, {
  name: "LicenceClass",
  description: "Licence class (SPDX-based classifier, metrics-anchors.md §7.8).",
});

@ObjectType({ description: "A node reached by a dependency traversal." })
export class DependencyItem {
  @Field(_type => EntityRef)
  node!: EntityRef;

  @Field(_type => Int, { description: "Minimal number of DEPENDS_ON edges from the root." })
  depth!: number;

  @Field(_type => DependencyRelationEnum)
  relation!: DependencyRelationEnum;

  @Field(_type => String, {
    nullable: true,
    description: "Requirement declared on the edge that reaches this node on the example path.",
  })
  requirement!: string | null;

  @Field(_type => String, { nullable: true, description: "Dependency kind of that edge." })
  kind!: string | null;

  @Field(_type => String, { nullable: true, description: "Licence as stated by the source." })
  licence!: string | null;

  @Field(_type => LicenceClassEnum, { nullable: true })
  licenceClass!: LicenceClassEnum | null;

  @Field(_type => [String], { description: "Sources stating that edge (provenance)." })
  sources!: string[];

  @Field(_type => [EntityRef], { description: "One shortest path, consumer → … → dependency." })
  examplePath!: EntityRef[];
}

@ObjectType()
export class LicenceClassCount {
  @Field(_type => LicenceClassEnum)
  licenceClass!: LicenceClassEnum;

  @Field(_type => Int)
  count!: number;
}

@ObjectType({ description: "Transitive dependencies of a software, repository or package." })
export class Dependencies {
  @Field(_type => EntityRef)
  subject!: EntityRef;

  @Field(_type => Int, { description: "Items matching the filters (before `first`)." })
  totalCount!: number;

  @Field(_type => Int)
  directCount!: number;

  @Field(_type => Int)
  indirectCount!: number;

  @Field(_type => [DependencyItem], { description: "Sorted by depth, label, key." })
  items!: DependencyItem[];

  @Field(_type => [LicenceClassCount])
  licenceClasses!: LicenceClassCount[];

  @Field(_type => MethodInfo)
  method!: MethodInfo;
}

@ObjectType({ description: "One dependency path." })
export class DependencyPath {
  @Field(_type => Int)
  length!: number;

  @Field(_type => [EntityRef])
  nodes!: EntityRef[];

  @Field(_type => [String], {
    nullable: "items",
    description: "Requirement declared on each edge (length = nodes − 1).",
  })
  requirements!: (string | null)[];
}

@ObjectType({ description: "The k shortest dependency paths between two nodes." })
export class DependencyPaths {
  @Field(_type => EntityRef)
  from!: EntityRef;

  @Field(_type => EntityRef)
  to!: EntityRef;

  @Field(_type => [DependencyPath])
  paths!: DependencyPath[];

  @Field(_type => Boolean, { description: "True when the enumeration budget stopped early." })
  truncated!: boolean;

  @Field(_type => MethodInfo)
  method!: MethodInfo;
}
