import { Field, Float, InputType, Int, ObjectType } from "type-graphql";
import type { ContributionKind } from "../../services/analytics/contributions";
import { ContributionKindEnum } from "../../services/analytics/types/contributor-activity.type";
import { SortDirection } from "../types/common/sort-direction.enum";
import { EntityRef, MethodInfo } from "./common.type";
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

@ObjectType({ description: "Contributions of one organisation and its share." })
export class OrganizationShare {
  @Field(_type => EntityRef, {
    description: "The organisation (or partner) the contributors are affiliated with.",
  })
  organization!: EntityRef;

  @Field(_type => Float, { description: "Contribution units (commits or mission months)." })
  contributions!: number;

  @Field(_type => Float, {
    description: "Its share of all contributions in the window, 0…1 (not rounded).",
  })
  share!: number;
}

@ObjectType({ description: "Contributor and contribution shares of one sector." })
export class SectorShare {
  @Field(_type => String, {
    description: "STATE, COMPANY, CIVIL_SOCIETY, FOREIGN_STATE or UNKNOWN.",
  })
  sector!: string;

  @Field(_type => Int, { description: "Contributors of this sector in the window." })
  contributors!: number;

  @Field(_type => Float, { description: "Share of the window's contributors, 0…1 (not rounded)." })
  contributorShare!: number;

  @Field(_type => Float, { description: "Contributions of this sector in the window." })
  contributions!: number;

  @Field(_type => Float, { description: "Share of the window's contributions, 0…1 (not rounded)." })
  contributionShare!: number;
}

@ObjectType({ description: "One criterion of the critical-mass verdict." })
export class VerdictCriterion {
  @Field(_type => String, { description: "Criterion name, e.g. `activeContributors`." })
  criterion!: string;

  @Field(_type => Float, { description: "Measured value." })
  value!: number;

  @Field(_type => Float, { description: "Threshold it is compared with." })
  threshold!: number;

  @Field(_type => String, { description: "Comparison used, e.g. `>=`." })
  comparator!: string;

  @Field(_type => Boolean, { description: "The value meets the threshold." })
  passed!: boolean;
}

@ObjectType({ description: "Critical-mass verdict (ours): reached iff every criterion passes." })
export class CriticalMassVerdict {
  @Field(_type => Boolean, { description: "Every criterion passed." })
  reached!: boolean;

  @Field(_type => [String], {
    description: "One sentence per failed criterion (empty when reached).",
  })
  reasons!: string[];

  @Field(_type => [VerdictCriterion], {
    description: "Every criterion with its value and threshold.",
  })
  criteria!: VerdictCriterion[];
}

@ObjectType({ description: "GrimoireLab onion model: core (80 %), regular (next 15 %), casual." })
export class Onion {
  @Field(_type => Int, {
    description: "Contributors making 80 % of the contributions (CHAOSS onion model).",
  })
  core!: number;

  @Field(_type => Int, { description: "Contributors making the next 15 %." })
  regular!: number;

  @Field(_type => Int, { description: "Contributors making the last 5 %." })
  casual!: number;
}

@ObjectType({ description: "Contribution critical mass of a software, repository or start-up." })
export class CriticalMass {
  @Field(_type => EntityRef, { description: "The software, repository or start-up measured." })
  subject!: EntityRef;

  @Field(_type => ContributionKindEnum, { description: "What counts as a contribution." })
  contributionKind!: ContributionKind;

  @Field(_type => Int, { description: "CHAOSS Contributors, all time." })
  contributorsAllTime!: number;

  @Field(_type => Int, { description: "CHAOSS Contributors in the window." })
  contributorsInWindow!: number;

  @Field(_type => Int, {
    description: "Last contribution within activeIntervalMonths before asOf.",
  })
  activeContributors!: number;

  @Field(_type => Int, {
    description: "CHAOSS New Contributors: first contribution in the window.",
  })
  newContributors!: number;

  @Field(_type => Int, { description: "CHAOSS Inactive Contributors." })
  inactiveContributors!: number;

  @Field(_type => Int, {
    description: "CHAOSS Contributor Absence Factor (bus factor), θ = threshold.",
  })
  contributorAbsenceFactor!: number;

  @Field(_type => Int, { description: "CHAOSS Elephant Factor over organisations." })
  elephantFactor!: number;

  @Field(_type => Float, {
    description: "Contributions in the window (commits, or mission-months for MEMBERSHIPS).",
  })
  contributionsInWindow!: number;

  @Field(_type => [OrganizationShare], {
    description: "Contributing organisations with their shares, largest first.",
  })
  organizations!: OrganizationShare[];

  @Field(_type => Float, { nullable: true, description: "HHI = Σ s² over elephant-factor units." })
  organizationHHI!: number | null;

  @Field(_type => Float, { description: "1 / HHI." })
  effectiveOrganizations!: number;

  @Field(_type => [SectorShare], { description: "All five sectors, UNKNOWN always included." })
  sectorShares!: SectorShare[];

  @Field(_type => Float, {
    description:
      "Share of the window's contributions whose affiliation is unknown, 0…1 (not rounded); the same figure as sectorShares(UNKNOWN).contributionShare.",
  })
  unknownAffiliationShare!: number;

  @Field(_type => Onion, {
    description: "Core / regular / casual contributors (CHAOSS onion model).",
  })
  onion!: Onion;

  @Field(_type => CriticalMassVerdict, {
    description: "Whether the thresholds of critical mass are met, and why not.",
  })
  verdict!: CriticalMassVerdict;

  @Field(_type => MethodInfo, { description: "How it was computed, with coverage notes." })
  method!: MethodInfo;
}
