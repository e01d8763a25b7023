import { Field, Int, ObjectType } from "type-graphql";
import { EntityRef, MethodInfo } from "./common.type";
import { DependencyItem } from "./dependencies.type";

@ObjectType({
  description: "Why an entity is exposed: it consumes `target` through `relationship`.",
})
export class ExposureEvidence {
  @Field(_type => String, {
    description:
      "PRODUCES, HAS_REPOSITORY, USES, DEPLOYS, FUNDS, CO_DEVELOPS, INTEGRATES, OWNED_BY or SPONSORED_BY.",
  })
  relationship!: string;

  @Field(_type => EntityRef)
  target!: EntityRef;

  @Field(_type => [String])
  sources!: string[];
}

@ObjectType({ description: "An exposed start-up or organisation." })
export class ExposedEntity {
  @Field(_type => EntityRef)
  entity!: EntityRef;

  @Field(_type => Int, {
    description: "Minimal depth of the impacted node it consumes (0 = the subject itself).",
  })
  depth!: number;

  @Field(_type => [ExposureEvidence])
  evidence!: ExposureEvidence[];

  @Field(_type => [EntityRef], { description: "Ministries it rolls up to." })
  ministries!: EntityRef[];
}

@ObjectType({ description: "Exposure counts of one ministry." })
export class MinistryExposure {
  @Field(_type => EntityRef)
  ministry!: EntityRef;

  @Field(_type => Int)
  organizations!: number;

  @Field(_type => Int)
  startups!: number;

  @Field(_type => Boolean, { description: "The ministry itself consumes an impacted node." })
  direct!: boolean;

  @Field(_type => Int)
  minDepth!: number;
}

@ObjectType({ description: "Who is exposed if the subject fails (blast radius)." })
export class Exposure {
  @Field(_type => EntityRef)
  subject!: EntityRef;

  @Field(_type => Int)
  directDependents!: number;

  @Field(_type => Int)
  transitiveDependents!: number;

  @Field(_type => [DependencyItem], {
    description: "Dependents, example paths read dependent → … → subject.",
  })
  dependents!: DependencyItem[];

  @Field(_type => [ExposedEntity])
  startups!: ExposedEntity[];

  @Field(_type => [ExposedEntity], { description: "Organisations and foreign partners." })
  organizations!: ExposedEntity[];

  @Field(_type => [MinistryExposure], { description: "Per ministry, most exposed first." })
  ministries!: MinistryExposure[];

  @Field(_type => MethodInfo)
  method!: MethodInfo;
}
