import { Field, Float, ObjectType } from "type-graphql";
import { EntityRef, MethodInfo } from "./common.type";
import { enumOf } from "../../analytics/types/enum-of";
import { CRITICALITY_PROFILE_NAMES } from "../../analytics/criticality-profiles";

export const CriticalityProfileEnum = enumOf(CRITICALITY_PROFILE_NAMES, {
  name: "CriticalityProfile",
  description:
    "PIKE_ORIGINAL: OpenSSF original_pike.yml weights/thresholds; ECOSYSTEM_FR: our signals " +
    "(contributors, organisations, ministries and organisations using, transitive dependents, age, freshness).",
  valuesConfig: {
    PIKE_ORIGINAL: {
      description: "OpenSSF criticality_score original_pike.yml weights and thresholds.",
    },
    ECOSYSTEM_FR: { description: "Our weights over the signals this graph holds (ours)." },
  },
});
export type CriticalityProfileEnum =
  (typeof CriticalityProfileEnum)[keyof typeof CriticalityProfileEnum];

@ObjectType({ description: "One signal of the criticality score." })
export class CriticalitySignal {
  @Field(_type => String, { description: "Signal name, e.g. `contributor_count`." })
  signal!: string;

  @Field(_type => Float, { nullable: true, description: "Raw value; null = missing in our data." })
  value!: number | null;

  @Field(_type => Float, { description: "Weight wᵢ of the signal in the score." })
  weight!: number;

  @Field(_type => Float, { description: "Upper bound U (threshold T)." })
  threshold!: number;

  @Field(_type => Boolean, {
    description: "A smaller value means more critical (e.g. months since update).",
  })
  smallerIsBetter!: boolean;

  @Field(_type => Float, { nullable: true, description: "log(1+v)/log(1+T) after clamping." })
  normalised!: number | null;

  @Field(_type => Float, {
    nullable: true,
    description: "weight × normalised / Σ weights of present signals (sums to the score).",
  })
  contribution!: number | null;

  @Field(_type => Boolean, { description: "Missing signals leave the weighted mean (never zero)." })
  missing!: boolean;
}

@ObjectType({ description: "OpenSSF criticality score with its per-signal breakdown." })
export class CriticalityScore {
  @Field(_type => EntityRef, { description: "The software or repository scored." })
  subject!: EntityRef;

  @Field(_type => CriticalityProfileEnum, { description: "Weights and thresholds used." })
  profile!: CriticalityProfileEnum;

  @Field(_type => Float, {
    nullable: true,
    description: "In [0, 1]; null when no signal is present.",
  })
  score!: number | null;

  @Field(_type => [CriticalitySignal], {
    description: "Every signal with its value and contribution.",
  })
  breakdown!: CriticalitySignal[];

  @Field(_type => [String], {
    description: "Signals the data does not give (left out of the score, not counted as zero).",
  })
  missingSignals!: string[];

  @Field(_type => MethodInfo, { description: "How it was computed." })
  method!: MethodInfo;
}
