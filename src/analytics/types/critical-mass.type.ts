/**
 * The critical-mass output, declared once: what the library computes and the GraphQL types the
 * API serves (the service adds the subject and the organisations' names: `CriticalMass`).
 */
import { Field, Float, Int, ObjectType } from "type-graphql";
import type { Sector } from "../critical-mass.types";
import { Method } from "./method.type";

/** Onion model layer sizes. */
@ObjectType("Onion", {
  description: "GrimoireLab onion model: core (80 %), regular (next 15 %), casual.",
})
export class OnionLayers {
  @Field(_type => Int, {
    description: "Contributors making 80 % of the contributions (CHAOSS onion model).",
  })
  core!: number;

  @Field(_type => Int, { description: "Contributors making the next 15 %." })
  regular!: number;

  @Field(_type => Int, { description: "Contributors making the last 5 %." })
  casual!: number;
}

/** Contributions of one organisation in the window and its share of all of them. */
@ObjectType("OrganizationContribution")
export class OrganizationContribution {
  /** `Label:key` of the organisation (the service names it: `OrganizationShare.organization`). */
  key!: string;

  @Field(_type => Float, { description: "Contribution units (commits or mission months)." })
  contributions!: number;

  @Field(_type => Float, {
    description: "Its share of all contributions in the window, 0…1 (not rounded).",
  })
  share!: number;
}

/** Per-sector shares; contributors are counted in their dominant sector in the window. */
@ObjectType({ description: "Contributor and contribution shares of one sector." })
export class SectorShare {
  @Field(_type => String, {
    description: "STATE, COMPANY, CIVIL_SOCIETY, FOREIGN_STATE or UNKNOWN.",
  })
  sector!: Sector;

  @Field(_type => Int, { description: "Contributors of this sector in the window." })
  contributors!: number;

  @Field(_type => Float, { description: "Share of the window's contributors, 0…1 (not rounded)." })
  contributorShare!: number;

  @Field(_type => Float, { description: "Contributions of this sector in the window." })
  contributions!: number;

  @Field(_type => Float, { description: "Share of the window's contributions, 0…1 (not rounded)." })
  contributionShare!: number;
}

/** One verdict criterion. */
@ObjectType({ description: "One criterion of the critical-mass verdict." })
export class VerdictCriterion {
  @Field(_type => String, { description: "Criterion name, e.g. `activeContributors`." })
  criterion!: string;

  @Field(_type => Float, { description: "Measured value." })
  value!: number;

  @Field(_type => Float, { description: "Threshold it is compared with." })
  threshold!: number;

  @Field(_type => String, { description: "Comparison used, e.g. `>=`." })
  comparator!: ">=" | "<=";

  @Field(_type => Boolean, { description: "The value meets the threshold." })
  passed!: boolean;
}

/** Critical-mass verdict (ours): reached iff every criterion passes. */
@ObjectType("CriticalMassVerdict", {
  description: "Critical-mass verdict (ours): reached iff every criterion passes.",
})
export class Verdict {
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

/** Output of `criticalMass` (served, with its subject, as `CriticalMass`). */
@ObjectType("CriticalMassResult")
export class CriticalMassResult {
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

  /** Largest first (served with the organisations' names by the service's `CriticalMass`). */
  organizations!: OrganizationContribution[];

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

  @Field(_type => OnionLayers, {
    description: "Core / regular / casual contributors (CHAOSS onion model).",
  })
  onion!: OnionLayers;

  @Field(_type => Verdict, {
    description: "Whether the thresholds of critical mass are met, and why not.",
  })
  verdict!: Verdict;

  @Field(_type => Method, { description: "How it was computed, with coverage notes." })
  method!: Method;
}
