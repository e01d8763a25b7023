import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { EntityRef, MethodInfo } from "./common.type";
import { LicenceClassCount } from "./dependencies.type";

export enum FindingKindEnum {
  PROPRIETARY_LICENCE = "PROPRIETARY_LICENCE",
  DUAL_COMMERCIAL_LICENCE = "DUAL_COMMERCIAL_LICENCE",
  NO_LICENCE = "NO_LICENCE",
  NON_EU_VENDOR = "NON_EU_VENDOR",
  UNMAINTAINED = "UNMAINTAINED",
  SINGLE_MAINTAINER = "SINGLE_MAINTAINER",
}
registerEnumType(FindingKindEnum, {
  name: "SovereigntyFindingKind",
  description: "Sovereignty exposure classes (ours; DINUM floss-criteria, OpenSSF Scorecard).",
});

export enum JurisdictionEnum {
  EU = "EU",
  EU_EEA = "EU_EEA",
}
registerEnumType(JurisdictionEnum, { name: "Jurisdiction" });

@ObjectType({ description: "One finding on one component of the dependency closure." })
export class SovereigntyFinding {
  @Field(_type => FindingKindEnum)
  kind!: FindingKindEnum;

  @Field(_type => EntityRef)
  component!: EntityRef;

  @Field(_type => String)
  reason!: string;

  @Field(_type => Int, {
    description: "Minimal depth (0 = a component the subject stands on directly).",
  })
  depth!: number;

  @Field(_type => [EntityRef])
  examplePath!: EntityRef[];
}

@ObjectType()
export class FindingKindCount {
  @Field(_type => FindingKindEnum)
  kind!: FindingKindEnum;

  @Field(_type => Int)
  count!: number;
}

@ObjectType()
export class SovereigntySummary {
  @Field(_type => Int)
  components!: number;

  @Field(_type => Int)
  componentsWithFindings!: number;

  @Field(_type => [FindingKindCount])
  byKind!: FindingKindCount[];

  @Field(_type => [LicenceClassCount])
  licenceClasses!: LicenceClassCount[];

  @Field(_type => Int, { description: "Components without known vendor jurisdiction." })
  unknownJurisdiction!: number;

  @Field(_type => Int, { description: "Components without an activity date." })
  unknownActivity!: number;
}

@ObjectType({ description: "Sovereignty exposure of a subject over its transitive dependencies." })
export class SovereigntyExposure {
  @Field(_type => EntityRef)
  subject!: EntityRef;

  @Field(_type => [EntityRef], { description: "Components at depth 0." })
  roots!: EntityRef[];

  @Field(_type => SovereigntySummary)
  summary!: SovereigntySummary;

  @Field(_type => [SovereigntyFinding], { description: "Sorted by depth, component, kind." })
  findings!: SovereigntyFinding[];

  @Field(_type => MethodInfo)
  method!: MethodInfo;
}
