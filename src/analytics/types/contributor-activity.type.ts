/** One period of the contributor-activity series, declared once (library output and API type). */
import { Field, Float, Int, ObjectType } from "type-graphql";
import { enumOf } from "./enum-of";

/** Length of the periods of a series. */
export const ACTIVITY_GRANULARITIES = ["YEAR", "MONTH"] as const;
export type ActivityGranularity = (typeof ACTIVITY_GRANULARITIES)[number];

export const ActivityGranularityEnum = enumOf(ACTIVITY_GRANULARITIES, {
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

  /** Contributions made in the period, spread evenly over each record's span (an estimate). */
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
