import { Field, Float, InputType, Int } from "type-graphql";
import { SortDirection } from "../types/common/sort-direction.enum";
import { enumOf } from "../../analytics/types/enum-of";
import { UNAFFILIATED_POLICIES } from "../../analytics/critical-mass.types";
import { CRITICAL_MASS_SORTS } from "../../services/analytics/critical-mass.service";

export const UnaffiliatedPolicyEnum = enumOf(UNAFFILIATED_POLICIES, {
  name: "UnaffiliatedPolicy",
  description:
    "How unaffiliated contributions enter the elephant factor and HHI (CHAOSS leaves it open).",
  valuesConfig: {
    EACH_OWN_UNIT: {
      description: "Each unaffiliated contributor counts as an organisation of their own.",
    },
    ONE_UNIT: { description: "All unaffiliated contributors together count as one organisation." },
    EXCLUDE: { description: "Unaffiliated contributions are left out." },
  },
});
export type UnaffiliatedPolicyEnum =
  (typeof UnaffiliatedPolicyEnum)[keyof typeof UnaffiliatedPolicyEnum];

export const CriticalMassSortEnum = enumOf(CRITICAL_MASS_SORTS, {
  name: "CriticalMassSort",
  description: "Indicators of the deprecated `criticalMassRanking(sortBy:)`.",
  valuesConfig: {
    CONTRIBUTOR_ABSENCE_FACTOR: { description: "Contributor absence factor (bus factor)." },
    ELEPHANT_FACTOR: { description: "Elephant factor over organisations." },
    ACTIVE_CONTRIBUTORS: { description: "Contributors active in the interval before asOf." },
    CONTRIBUTORS: { description: "Contributors in the window." },
    EFFECTIVE_ORGANIZATIONS: { description: "1 / HHI of organisation shares." },
  },
});
export type CriticalMassSortEnum = (typeof CriticalMassSortEnum)[keyof typeof CriticalMassSortEnum];

@InputType({
  description: "Ranking indicator of `criticalMassRanking`: set exactly one field, to DESC.",
})
export class CriticalMassRankingSort {
  @Field(_type => SortDirection, { nullable: true, description: "Contributor absence factor." })
  contributorAbsenceFactor?: SortDirection;

  @Field(_type => SortDirection, { nullable: true, description: "Elephant factor." })
  elephantFactor?: SortDirection;

  @Field(_type => SortDirection, { nullable: true, description: "Active contributors." })
  activeContributors?: SortDirection;

  @Field(_type => SortDirection, { nullable: true, description: "Contributors in the window." })
  contributorsInWindow?: SortDirection;

  @Field(_type => SortDirection, { nullable: true, description: "Effective organisations." })
  effectiveOrganizations?: SortDirection;
}

/** `CriticalMassRankingSort` field → the service's ranking key. */
export const CRITICAL_MASS_SORT_KEYS: Record<keyof CriticalMassRankingSort, CriticalMassSortEnum> =
  {
    contributorAbsenceFactor: CriticalMassSortEnum.CONTRIBUTOR_ABSENCE_FACTOR,
    elephantFactor: CriticalMassSortEnum.ELEPHANT_FACTOR,
    activeContributors: CriticalMassSortEnum.ACTIVE_CONTRIBUTORS,
    contributorsInWindow: CriticalMassSortEnum.CONTRIBUTORS,
    effectiveOrganizations: CriticalMassSortEnum.EFFECTIVE_ORGANIZATIONS,
  };

@InputType({ description: "Thresholds of the critical-mass verdict (ours); defaults shown." })
export class VerdictThresholdsInput {
  @Field(_type => Int, { description: "Active contributors needed (≥).", defaultValue: 10 })
  minActiveContributors!: number;

  @Field(_type => Int, { description: "Contributor absence factor needed (≥).", defaultValue: 2 })
  minAbsenceFactor!: number;

  @Field(_type => Int, { description: "Elephant factor needed (≥).", defaultValue: 2 })
  minElephantFactor!: number;

  @Field(_type => Int, {
    description: "Distinct contributing organisations needed (≥).",
    defaultValue: 3,
  })
  minOrganizations!: number;

  @Field(_type => Float, {
    nullable: true,
    description: "Max unknown-affiliation share; null = not checked.",
  })
  maxUnknownShare?: number | null;
}
