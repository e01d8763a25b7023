/**
 * What `exposureOf` returns, declared once: the service builds these shapes and the API serves
 * them (src/graphql/analytics adds the page of `dependents`).
 */
import { Field, Int, ObjectType } from "type-graphql";
import { Method } from "../../../analytics/types/method.type";
import { ReachedEntity } from "./dependencies.type";
import { EntityRef } from "./entity-ref.type";

/** Why an entity is exposed: it consumes `target` through `relationship`. */
@ObjectType({
  description: "Why an entity is exposed: it consumes `target` through `relationship`.",
})
export class ExposureEvidence {
  @Field(_type => String, {
    description:
      "PRODUCES, HAS_REPOSITORY, USES, DEPLOYS, FUNDS, CO_DEVELOPS, INTEGRATES, OWNED_BY or SPONSORED_BY.",
  })
  relationship!: string;

  @Field(_type => EntityRef, { description: "The impacted node it consumes." })
  target!: EntityRef;

  @Field(_type => [String], { description: "Sources stating that relationship (provenance)." })
  sources!: string[];
}

/** An exposed consumer with its smallest distance to the subject (0 = consumes the subject). */
@ObjectType({ description: "An exposed start-up or organisation." })
export class ExposedEntity {
  @Field(_type => EntityRef, { description: "The exposed start-up, organisation or partner." })
  entity!: EntityRef;

  @Field(_type => Int, {
    description: "Minimal depth of the impacted node it consumes (0 = the subject itself).",
  })
  depth!: number;

  @Field(_type => [ExposureEvidence], { description: "Why it is exposed." })
  evidence!: ExposureEvidence[];

  @Field(_type => [EntityRef], { description: "Ministries it rolls up to." })
  ministries!: EntityRef[];
}

/** Exposure counts of one ministry. */
@ObjectType({ description: "Exposure counts of one ministry." })
export class MinistryExposure {
  @Field(_type => EntityRef, { description: "The ministry." })
  ministry!: EntityRef;

  @Field(_type => Int, { description: "Exposed organisations of that ministry." })
  organizations!: number;

  @Field(_type => Int, { description: "Exposed start-ups sponsored by bodies of that ministry." })
  startups!: number;

  /** True when the ministry itself uses the subject or a dependent (or owns an impacted repository). */
  @Field(_type => Boolean, { description: "The ministry itself consumes an impacted node." })
  direct!: boolean;

  @Field(_type => Int, {
    description: "Smallest depth of an impacted node consumed in that ministry.",
  })
  minDepth!: number;
}

/** Output of `exposureOf`: every dependent fetched (the API serves a page of them as `Exposure`). */
@ObjectType("ExposureResult")
export class ExposureResult {
  @Field(_type => EntityRef, { description: "The node that would fail." })
  subject!: EntityRef;

  @Field(_type => Int, { description: "Nodes depending on it directly (depth 1)." })
  directDependents!: number;

  @Field(_type => Int, {
    description: "Nodes depending on it at any depth (the total behind `dependents`).",
  })
  transitiveDependents!: number;

  @Field(_type => [ReachedEntity], {
    description: "This page of dependents; example paths read dependent → … → subject.",
  })
  dependents!: ReachedEntity[];

  @Field(_type => [ExposedEntity], { description: "Exposed start-ups, nearest first." })
  startups!: ExposedEntity[];

  @Field(_type => [ExposedEntity], { description: "Organisations and foreign partners." })
  organizations!: ExposedEntity[];

  @Field(_type => [MinistryExposure], { description: "Per ministry, most exposed first." })
  ministries!: MinistryExposure[];

  @Field(_type => Method, { description: "How it was computed." })
  method!: Method;
}
