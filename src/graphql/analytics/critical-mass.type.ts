import { Field, Float, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { EntityRef, MethodInfo } from "./common.type";

export enum ContributionKindEnum {
  COMMITS = "COMMITS",
  MEMBERSHIPS = "MEMBERSHIPS",
}
registerEnumType(ContributionKindEnum, {
  name: "ContributionKind",
  description:
    "What counts as a contribution: COMMITS (CONTRIBUTES_TO commits to the repositories) or " +
    "MEMBERSHIPS (beta.gouv.fr MEMBER_OF missions, weighted by months).",
});

export enum UnaffiliatedPolicyEnum {
  EACH_OWN_UNIT = "EACH_OWN_UNIT",
  ONE_UNIT = "ONE_UNIT",
  EXCLUDE = "EXCLUDE",
}
registerEnumType(UnaffiliatedPolicyEnum, {
  name: "UnaffiliatedPolicy",
  description:
    "How unaffiliated contributions enter the elephant factor and HHI (CHAOSS leaves it open).",
});

export enum CriticalMassSortEnum {
  CONTRIBUTOR_ABSENCE_FACTOR = "CONTRIBUTOR_ABSENCE_FACTOR",
  ELEPHANT_FACTOR = "ELEPHANT_FACTOR",
  ACTIVE_CONTRIBUTORS = "ACTIVE_CONTRIBUTORS",
  CONTRIBUTORS = "CONTRIBUTORS",
  EFFECTIVE_ORGANIZATIONS = "EFFECTIVE_ORGANIZATIONS",
}
registerEnumType(CriticalMassSortEnum, { name: "CriticalMassSort" });

@InputType({ description: "Thresholds of the critical-mass verdict (ours); defaults shown." })
export class VerdictThresholdsInput {
  @Field(_type => Int, { defaultValue: 10 })
  minActiveContributors!: number;

  @Field(_type => Int, { defaultValue: 2 })
  minAbsenceFactor!: number;

  @Field(_type => Int, { defaultValue: 2 })
  minElephantFactor!: number;

  @Field(_type => Int, { defaultValue: 3 })
  minOrganizations!: number;

  @Field(_type => Float, {
    nullable: true,
    description: "Max unknown-affiliation share; null = not checked.",
  })
  maxUnknownShare?: number | null;
}

@ObjectType()
export class OrganizationShare {
  @Field(_type => EntityRef)
  organization!: EntityRef;

  @Field(_type => Float, { description: "Contribution units (commits or mission months)." })
  contributions!: number;

  @Field(_type => Float)
  share!: number;
}

@ObjectType({ description: "Contributor and contribution shares of one sector." })
export class SectorShare {
  @Field(_type => String, {
    description: "STATE, COMPANY, CIVIL_SOCIETY, FOREIGN_STATE or UNKNOWN.",
  })
  sector!: string;

  @Field(_type => Int)
  contributors!: number;

  @Field(_type => Float)
  contributorShare!: number;

  @Field(_type => Float)
  contributions!: number;

  @Field(_type => Float)
  contributionShare!: number;
}

@ObjectType()
export class VerdictCriterion {
  @Field(_type => String)
  criterion!: string;

  @Field(_type => Float)
  value!: number;

  @Field(_type => Float)
  threshold!: number;

  @Field(_type => String)
  comparator!: string;

  @Field(_type => Boolean)
  passed!: boolean;
}

@ObjectType({ description: "Critical-mass verdict (ours): reached iff every criterion passes." })
export class CriticalMassVerdict {
  @Field(_type => Boolean)
  reached!: boolean;

  @Field(_type => [String])
  reasons!: string[];

  @Field(_type => [VerdictCriterion])
  criteria!: VerdictCriterion[];
}

@ObjectType({ description: "GrimoireLab onion model: core (80 %), regular (next 15 %), casual." })
export class Onion {
  @Field(_type => Int)
  core!: number;

  @Field(_type => Int)
  regular!: number;

  @Field(_type => Int)
  casual!: number;
}

@ObjectType({ description: "Contribution critical mass of a software, repository or start-up." })
export class CriticalMass {
  @Field(_type => EntityRef)
  subject!: EntityRef;

  @Field(_type => ContributionKindEnum)
  contributionKind!: ContributionKindEnum;

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

  @Field(_type => Float)
  contributionsInWindow!: number;

  @Field(_type => [OrganizationShare])
  organizations!: OrganizationShare[];

  @Field(_type => Float, { nullable: true, description: "HHI = Σ s² over elephant-factor units." })
  organizationHHI!: number | null;

  @Field(_type => Float, { description: "1 / HHI." })
  effectiveOrganizations!: number;

  @Field(_type => [SectorShare], { description: "All five sectors, UNKNOWN always included." })
  sectorShares!: SectorShare[];

  @Field(_type => Float)
  unknownAffiliationShare!: number;

  @Field(_type => Onion)
  onion!: Onion;

  @Field(_type => CriticalMassVerdict)
  verdict!: CriticalMassVerdict;

  @Field(_type => MethodInfo)
  method!: MethodInfo;
}
