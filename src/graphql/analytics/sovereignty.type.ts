import { Field, Int, ObjectType } from "type-graphql";
import { EntityRef, MethodInfo } from "./common.type";
import { LicenceClassCount } from "./dependencies.type";
import { enumOf } from "../../analytics/types/enum-of";
import { FINDING_KINDS } from "../../analytics/sovereignty.types";
import { JURISDICTIONS } from "../../analytics/sovereignty-rules";

export const FindingKindEnum = enumOf(FINDING_KINDS, {
  name: "SovereigntyFindingKind",
  description: "Sovereignty exposure classes (ours; DINUM floss-criteria, OpenSSF Scorecard).",
  valuesConfig: {
    PROPRIETARY_LICENCE: { description: "A component under a proprietary licence." },
    DUAL_COMMERCIAL_LICENCE: {
      description: "A component under a copyleft-or-commercial dual licence.",
    },
    NO_LICENCE: { description: "A component whose source states no licence at all." },
    NON_EU_VENDOR: {
      description: "A component controlled by a vendor outside the chosen jurisdiction.",
    },
    UNMAINTAINED: { description: "No activity for more than unmaintainedMonths." },
    SINGLE_MAINTAINER: {
      description: "Contributor absence factor 1: one person does half of the work.",
    },
  },
});
export type FindingKindEnum = (typeof FindingKindEnum)[keyof typeof FindingKindEnum];

export const JurisdictionEnum = enumOf(JURISDICTIONS, {
  name: "Jurisdiction",
  description: "Which vendors count as domestic for NON_EU_VENDOR.",
  valuesConfig: {
    EU: { description: "European Union member states." },
    EU_EEA: { description: "EU plus the European Economic Area (Iceland, Liechtenstein, Norway)." },
  },
});
export type JurisdictionEnum = (typeof JurisdictionEnum)[keyof typeof JurisdictionEnum];

@ObjectType({ description: "One finding on one component of the dependency closure." })
export class SovereigntyFinding {
  @Field(_type => FindingKindEnum, { description: "The exposure class." })
  kind!: FindingKindEnum;

  @Field(_type => EntityRef, {
    description: "The component (the subject or one of its dependencies) with the finding.",
  })
  component!: EntityRef;

  @Field(_type => String, { description: "Why, in words (licence, vendor, last activity…)." })
  reason!: string;

  @Field(_type => Int, {
    description: "Minimal depth (0 = a component the subject stands on directly).",
  })
  depth!: number;

  @Field(_type => [EntityRef], { description: "One shortest path subject → … → component." })
  examplePath!: EntityRef[];
}

@ObjectType({ description: "Findings of one class." })
export class FindingKindCount {
  @Field(_type => FindingKindEnum, { description: "The exposure class." })
  kind!: FindingKindEnum;

  @Field(_type => Int, { description: "Findings of that class (found, not counting unknowns)." })
  count!: number;
}

@ObjectType({ description: "Counts of a sovereignty exposure over all components." })
export class SovereigntySummary {
  @Field(_type => Int, { description: "Components examined (subject and its dependencies)." })
  components!: number;

  @Field(_type => Int, { description: "Components with at least one finding." })
  componentsWithFindings!: number;

  @Field(_type => [FindingKindCount], {
    description: "Findings per class; see `unknown` for what could not be checked.",
  })
  byKind!: FindingKindCount[];

  @Field(_type => [LicenceClassCount], { description: "Components per licence class." })
  licenceClasses!: LicenceClassCount[];

  @Field(_type => Int, { description: "Components without known vendor jurisdiction." })
  unknownJurisdiction!: number;

  @Field(_type => Int, { description: "Components without an activity date." })
  unknownActivity!: number;

  @Field(_type => Int, {
    description:
      "Components without contributor statistics, where SINGLE_MAINTAINER could not be checked.",
  })
  unknownMaintainers!: number;
}

@ObjectType({ description: "Sovereignty exposure of a subject over its transitive dependencies." })
export class SovereigntyExposure {
  @Field(_type => EntityRef, { description: "The subject examined." })
  subject!: EntityRef;

  @Field(_type => [EntityRef], { description: "Components at depth 0." })
  roots!: EntityRef[];

  @Field(_type => SovereigntySummary, { description: "Counts over all components." })
  summary!: SovereigntySummary;

  @Field(_type => [SovereigntyFinding], { description: "Sorted by depth, component, kind." })
  findings!: SovereigntyFinding[];

  @Field(_type => MethodInfo, { description: "How it was computed." })
  method!: MethodInfo;
}
