/** Types and defaults of the critical-mass analytic (see `critical-mass.ts`). */
import type {
  CriticalMassResult,
  OrganizationContribution,
  SectorShare,
  Verdict,
  VerdictCriterion,
} from "./types/critical-mass.type";

/** Employer sector of a contribution (the five sectors named by the DINUM roadmap + unknown). */
export type Sector = "STATE" | "COMPANY" | "CIVIL_SOCIETY" | "FOREIGN_STATE" | "UNKNOWN";

/** All sectors, in the fixed order used in outputs. */
export const SECTORS: readonly Sector[] = [
  "STATE",
  "COMPANY",
  "CIVIL_SOCIETY",
  "FOREIGN_STATE",
  "UNKNOWN",
];

/**
 * One contribution record: commits of one contributor (optionally for one affiliation, one
 * repository, one month…) between two dates. Records should be finer than the window (e.g. one
 * per contributor × month): a record overlapping a window bound is counted in full.
 */
export interface Contribution {
  contributorId: string;
  /** Organisation the contributor worked for at contribution time; `null` = unaffiliated/unknown. */
  organizationKey: string | null;
  sector: Sector;
  commits: number;
  /** ISO date of the first commit of this record. */
  firstCommit: string;
  /** ISO date of the last commit of this record. */
  lastCommit: string;
  isBot: boolean;
}

/** How unaffiliated commits enter the elephant factor and the HHI (CHAOSS leaves it open). */
export const UNAFFILIATED_POLICIES = ["EACH_OWN_UNIT", "ONE_UNIT", "EXCLUDE"] as const;
export type UnaffiliatedPolicy = (typeof UNAFFILIATED_POLICIES)[number];

/** Thresholds of the critical-mass verdict (ours). */
export interface VerdictThresholds {
  minActiveContributors: number;
  minAbsenceFactor: number;
  minElephantFactor: number;
  minOrganizations: number;
  /** Maximum share of commits without known affiliation; `null` = not checked. */
  maxUnknownShare: number | null;
}

/** Default verdict thresholds. */
export const DEFAULT_VERDICT_THRESHOLDS: Readonly<VerdictThresholds> = {
  minActiveContributors: 10,
  minAbsenceFactor: 2,
  minElephantFactor: 2,
  minOrganizations: 3,
  maxUnknownShare: null,
};

/** Options of `criticalMass`; every field has a documented default. */
export interface CriticalMassOptions {
  /** Inclusive window on contribution dates; default all-time (each bound optional; date-only `to` = end of day). */
  window?: { from?: string; to?: string };
  /** Reference date for active / inactive; default `window.to`, else now. Date-only = end of that day. */
  asOf?: string;
  /** Active = last contribution after asOf minus this many calendar months. Default 12. */
  activeIntervalMonths?: number;
  /** θ of the contributor absence factor and elephant factor. Default 0.5. */
  threshold?: number;
  /** Drop records flagged as bots. Default true. */
  excludeBots?: boolean;
  /** Unaffiliated handling for elephant factor and HHI. Default `EACH_OWN_UNIT`. */
  unaffiliated?: UnaffiliatedPolicy;
  verdict?: Partial<VerdictThresholds>;
  /** Timestamp written in `method.computedAt`; default now. */
  computedAt?: string;
  /** Name of what `commits` counts (reported in the method). Default `commits`. */
  contributionKind?: string;
}

/** The output types (declared once, with the API's GraphQL types). */
export type {
  CriticalMassResult,
  OrganizationContribution as OrganizationShare,
  SectorShare,
  Verdict,
  VerdictCriterion,
};
