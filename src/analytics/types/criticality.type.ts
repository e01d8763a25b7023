/** The criticality score's output, declared once (library result and API type). */
import { Field, Float, ObjectType } from "type-graphql";
import { CRITICALITY_PROFILE_NAMES, type CriticalityProfileName } from "../criticality-profiles";
import { enumOf } from "./enum-of";
import { Method } from "./method.type";

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

/** One line of the score breakdown (served as `CriticalitySignal`). */
@ObjectType("CriticalitySignal", { description: "One signal of the criticality score." })
export class CriticalityBreakdown {
  @Field(_type => String, { description: "Signal name, e.g. `contributor_count`." })
  signal!: string;

  @Field(_type => Float, { nullable: true, description: "Raw value; null = missing in our data." })
  value!: number | null;

  @Field(_type => Float, { description: "Weight wᵢ of the signal in the score." })
  weight!: number;

  /** Upper bound U (the threshold T when L = 0). */
  @Field(_type => Float, { description: "Upper bound U (threshold T)." })
  threshold!: number;

  /** Lower bound L (not served). */
  lower!: number;

  @Field(_type => Boolean, {
    description: "A smaller value means more critical (e.g. months since update).",
  })
  smallerIsBetter!: boolean;

  /** Normalised value in [0, 1]; null when missing. */
  @Field(_type => Float, { nullable: true, description: "log(1+v)/log(1+T) after clamping." })
  normalised!: number | null;

  /** weight × normalised / Σ weights of present signals: contributions sum to the score. */
  @Field(_type => Float, {
    nullable: true,
    description: "weight × normalised / Σ weights of present signals (sums to the score).",
  })
  contribution!: number | null;

  @Field(_type => Boolean, { description: "Missing signals leave the weighted mean (never zero)." })
  missing!: boolean;
}

/** Output of `criticalityScore` (the API serves it, with its subject, as `CriticalityScore`). */
@ObjectType("CriticalityResult")
export class CriticalityResult {
  /** Score in [0, 1]; null when no signal of the profile is present. */
  @Field(_type => Float, {
    nullable: true,
    description: "In [0, 1]; null when no signal is present.",
  })
  score!: number | null;

  @Field(_type => [CriticalityBreakdown], {
    description: "Every signal with its value and contribution.",
  })
  breakdown!: CriticalityBreakdown[];

  @Field(_type => CriticalityProfileEnum, { description: "Weights and thresholds used." })
  profile!: CriticalityProfileName;

  @Field(_type => [String], {
    description: "Signals the data does not give (left out of the score, not counted as zero).",
  })
  missingSignals!: string[];

  /** Input keys that the profile does not use (not served). */
  ignoredSignals!: string[];

  @Field(_type => Method, { description: "How it was computed." })
  method!: Method;
}
