/**
 * What the dependency traversals return (dependencies, exposure, dependencyPaths), declared once:
 * the services build these shapes and the API serves them (src/graphql/analytics adds paging and
 * the fields derived by `DependencyItemResolver`).
 */
import { Field, Int, ObjectType } from "type-graphql";
import { DEPENDENCY_RELATIONS, LICENCE_CLASSES, type LicenceClass } from "../../../analytics";
import { enumOf } from "../../../analytics/types/enum-of";
import { Method } from "../../../analytics/types/method.type";
import { DEPENDENCY_KINDS } from "../../../model";
import { EntityRef } from "./entity-ref.type";

export const DependencyRelationEnum = enumOf(DEPENDENCY_RELATIONS, {
  name: "DependencyRelation",
  description: "Relation to the query root (deps.dev): DIRECT iff the minimal depth is 1.",
  valuesConfig: {
    DIRECT: { description: "Minimal depth 1: declared by the root itself." },
    INDIRECT: { description: "Minimal depth 2 or more: reached through other dependencies." },
  },
});

export const DependencyKindEnum = enumOf(DEPENDENCY_KINDS, {
  name: "DependencyKind",
  description: "Kind of a declared dependency (DEPENDS_ON.kind, from the manifest section).",
  valuesConfig: {
    RUNTIME: { description: "Needed to run (dependencies)." },
    DEV: { description: "Needed to develop or test (devDependencies, dev groups)." },
    PEER: { description: "Expected from the host (peerDependencies)." },
    OPTIONAL: { description: "Used when present (optionalDependencies, extras)." },
    BUILD: { description: "Needed to build (build-system requires)." },
  },
});

export const LicenceClassEnum = enumOf(LICENCE_CLASSES, {
  name: "LicenceClass",
  description: "Licence class (SPDX-based classifier, metrics-anchors.md §7.8).",
  valuesConfig: {
    OPEN: { description: "An OSI or FSF approved free licence." },
    PROPRIETARY: { description: "A proprietary licence." },
    DUAL_COMMERCIAL: { description: "Copyleft or commercial, at the user's choice." },
    UNKNOWN: { description: "The source gives a licence we cannot classify, or none is known." },
    NONE: { description: "The source states that there is no licence." },
  },
});

/**
 * One node reached from the root of a traversal (`ReachedEntity` of reachability.service.ts).
 * Served as `DependencyItem`, with `dependencyKind` and `licenceClass` derived from `kind` and
 * `licence`.
 */
@ObjectType("DependencyItem", { description: "A node reached by a dependency traversal." })
export class ReachedEntity {
  /** Neo4j element id (not served). */
  elementId!: string;

  @Field(_type => EntityRef, { description: "The dependency (or dependent) reached." })
  node!: EntityRef;

  @Field(_type => Int, { description: "Minimal number of DEPENDS_ON edges from the root." })
  depth!: number;

  @Field(_type => DependencyRelationEnum, { description: "DIRECT (depth 1) or INDIRECT." })
  relation!: (typeof DEPENDENCY_RELATIONS)[number];

  /** Declared requirement of the last edge (dependencies) or first edge (dependents) of the path. */
  @Field(_type => String, {
    nullable: true,
    description: "Requirement declared on the edge that reaches this node on the example path.",
  })
  requirement!: string | null;

  @Field(_type => String, {
    nullable: true,
    description: "Dependency kind of that edge, as a string.",
    deprecationReason: "Use `dependencyKind` (enum DependencyKind).",
  })
  kind!: string | null;

  @Field(_type => String, { nullable: true, description: "Licence as stated by the source." })
  licence!: string | null;

  @Field(_type => [String], { description: "Sources stating that edge (provenance)." })
  sources!: string[];

  /** One shortest path, in edge direction (consumer → … → dependency). */
  @Field(_type => [EntityRef], { description: "One shortest path, consumer → … → dependency." })
  examplePath!: EntityRef[];
}

@ObjectType({ description: "Number of nodes in one licence class." })
export class LicenceClassCount {
  @Field(_type => LicenceClassEnum, { description: "The licence class." })
  licenceClass!: LicenceClass;

  @Field(_type => Int, { description: "Nodes in that class." })
  count!: number;
}

/** Output of `dependenciesOf`: every item fetched (the API serves a page of them as `Dependencies`). */
@ObjectType("DependenciesResult")
export class DependenciesResult {
  @Field(_type => EntityRef, { description: "The root of the traversal." })
  subject!: EntityRef;

  @Field(_type => Int, { description: "Items matching the filters (before `first`)." })
  totalCount!: number;

  @Field(_type => Int, { description: "Dependencies at depth 1 (matching the filters)." })
  directCount!: number;

  @Field(_type => Int, { description: "Dependencies at depth 2 or more (matching the filters)." })
  indirectCount!: number;

  @Field(_type => [ReachedEntity], { description: "This page, sorted by depth, label, key." })
  items!: ReachedEntity[];

  @Field(_type => [LicenceClassCount], {
    description: "Dependencies per licence class (all of them, not only this page).",
  })
  licenceClasses!: LicenceClassCount[];

  @Field(_type => Method, { description: "How it was computed." })
  method!: Method;
}

@ObjectType({ description: "One dependency path." })
export class DependencyPath {
  @Field(_type => Int, { description: "Number of DEPENDS_ON edges." })
  length!: number;

  @Field(_type => [EntityRef], { description: "The nodes, from → … → to." })
  nodes!: EntityRef[];

  @Field(_type => [String], {
    nullable: "items",
    description: "Requirement declared on each edge (length = nodes − 1).",
  })
  requirements!: (string | null)[];
}

@ObjectType({ description: "The k shortest dependency paths between two nodes." })
export class DependencyPaths {
  @Field(_type => EntityRef, { description: "The consumer." })
  from!: EntityRef;

  @Field(_type => EntityRef, { description: "The dependency." })
  to!: EntityRef;

  @Field(_type => [DependencyPath], { description: "Shortest paths first." })
  paths!: DependencyPath[];

  @Field(_type => Boolean, { description: "True when the enumeration budget stopped early." })
  truncated!: boolean;

  @Field(_type => Method, { description: "How it was computed." })
  method!: Method;
}
