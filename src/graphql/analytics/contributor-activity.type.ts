import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { EntityRef, MethodInfo } from "./common.type";
import { ContributionKindEnum } from "./critical-mass.type";

export enum ActivityGranularityEnum {
  YEAR = "YEAR",
  MONTH = "MONTH",
}
registerEnumType(ActivityGranularityEnum, {
  name: "ActivityGranularity",
  description: "Length of the periods of a time series (calendar periods, UTC).",
  valuesConfig: {
    YEAR: { description: "Calendar years." },
    MONTH: { description: "Calendar months." },
  },
});

@ObjectType({ description: "Contributors and contributions of one calendar period." })
export class ActivityPeriod {
  @Field(_type => String, { description: "`2024` (YEAR) or `2024-03` (MONTH)." })
  label!: string;

  @Field(_type => String, { description: "First day of the period (YYYY-MM-DD)." })
  from!: string;

  @Field(_type => String, { description: "Last day of the period (YYYY-MM-DD)." })
  to!: string;

  @Field(_type => Int, {
    description:
      "Contributors with a contribution record whose [first, last] span overlaps the period (CHAOSS Contributors; what `criticalMass(from, to)` counts for it).",
  })
  activeContributors!: number;

  @Field(_type => Int, {
    description:
      "Contributors whose first contribution falls in the period (CHAOSS New Contributors).",
  })
  newContributors!: number;

  @Field(_type => Float, {
    description:
      "Contributions in the period (commits, or mission months for MEMBERSHIPS): an estimate, each record's total spread evenly over its days.",
  })
  contributions!: number;

  @Field(_type => Int, {
    description: "Active contributors with no known organisation in the period.",
  })
  unaffiliatedContributors!: number;

  @Field(_type => Float, {
    description: "unaffiliatedContributors / activeContributors (0 when nobody is active).",
  })
  unknownAffiliationShare!: number;
}

@ObjectType({
  description:
    "Contributors over time of a software, repository or start-up: one period per year or month, in one call.",
})
export class ContributorActivity {
  @Field(_type => EntityRef, { description: "The subject measured." })
  subject!: EntityRef;

  @Field(_type => ContributionKindEnum, { description: "What counts as a contribution." })
  contributionKind!: ContributionKindEnum;

  @Field(_type => ActivityGranularityEnum, { description: "Length of the periods." })
  granularity!: ActivityGranularityEnum;

  @Field(_type => [ActivityPeriod], {
    description: "The periods in order, from the first contribution (or `from`) to `to`.",
  })
  periods!: ActivityPeriod[];

  @Field(_type => MethodInfo, { description: "Definitions, parameters and coverage notes." })
  method!: MethodInfo;
}
