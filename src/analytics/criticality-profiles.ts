/** Signal profiles of the OpenSSF criticality_score scorer (see `criticality.ts`). */

/** One input signal of a profile. */
export interface CriticalitySignalSpec {
  signal: string;
  weight: number;
  /** Lower bound L (default 0). */
  lower?: number;
  /** Upper bound U: the threshold T of the paper when L = 0. */
  upper: number;
  smallerIsBetter?: boolean;
  /** Default `zipfian`: log(1+v)/log(1+(U−L)); `linear`: v/(U−L). */
  distribution?: "zipfian" | "linear";
  description: string;
}

/** Name of a shipped profile. */
export const CRITICALITY_PROFILE_NAMES = ["PIKE_ORIGINAL", "ECOSYSTEM_FR"] as const;
export type CriticalityProfileName = (typeof CRITICALITY_PROFILE_NAMES)[number];

/** A scorer configuration. */
export interface CriticalityProfile {
  name: CriticalityProfileName;
  /** Whether the profile is OpenSSF's (`openssf`) or ours (`ours`). */
  origin: "openssf" | "ours";
  signals: readonly CriticalitySignalSpec[];
  references: readonly string[];
}

const OSSF = "https://github.com/ossf/criticality_score";

/**
 * OpenSSF `config/scorer/original_pike.yml` defaults (metrics-anchors.md §3.1).
 * Reference: https://github.com/ossf/criticality_score/blob/main/config/scorer/original_pike.yml
 */
export const PIKE_ORIGINAL: CriticalityProfile = {
  name: "PIKE_ORIGINAL",
  origin: "openssf",
  references: [OSSF, `${OSSF}/blob/main/config/scorer/original_pike.yml`],
  signals: [
    { signal: "created_since", weight: 1, upper: 120, description: "months since creation" },
    {
      signal: "updated_since",
      weight: 1,
      upper: 120,
      smallerIsBetter: true,
      description: "months since last update",
    },
    { signal: "contributor_count", weight: 2, upper: 5000, description: "contributors" },
    { signal: "org_count", weight: 1, upper: 10, description: "distinct organisations" },
    {
      signal: "commit_frequency",
      weight: 1,
      upper: 1000,
      description: "commits per week, last year",
    },
    { signal: "recent_release_count", weight: 0.5, upper: 26, description: "releases, last year" },
    {
      signal: "updated_issues_count",
      weight: 0.5,
      upper: 5000,
      description: "issues updated, 90 days",
    },
    {
      signal: "closed_issues_count",
      weight: 0.5,
      upper: 5000,
      description: "issues closed, 90 days",
    },
    {
      signal: "issue_comment_frequency",
      weight: 1,
      upper: 15,
      description: "comments per updated issue, 90 days",
    },
    {
      signal: "github_mention_count",
      weight: 2,
      upper: 500000,
      description: "mentions in commit messages",
    },
  ],
};

/**
 * Our profile for the French public ecosystem (ours, same scorer): signals read from the graph.
 * Reference of the scorer: https://github.com/ossf/criticality_score
 */
export const ECOSYSTEM_FR: CriticalityProfile = {
  name: "ECOSYSTEM_FR",
  origin: "ours",
  references: [OSSF, "https://code.gouv.fr/sill/"],
  signals: [
    { signal: "contributor_count", weight: 2, upper: 5000, description: "contributors" },
    {
      signal: "organization_count",
      weight: 1,
      upper: 10,
      description: "contributing organisations",
    },
    {
      signal: "ministries_using_count",
      weight: 2,
      upper: 30,
      description: "ministries using the tool",
    },
    {
      signal: "organizations_using_count",
      weight: 1,
      upper: 100,
      description: "organisations using the tool",
    },
    {
      signal: "transitive_dependents_count",
      weight: 2,
      upper: 1000,
      description: "transitive dependents inside our graph",
    },
    {
      signal: "months_since_update",
      weight: 1,
      upper: 120,
      smallerIsBetter: true,
      description: "months since last update",
    },
    {
      signal: "months_since_creation",
      weight: 1,
      upper: 120,
      description: "months since creation",
    },
  ],
};

/** Shipped profiles by name. */
export const CRITICALITY_PROFILES: Readonly<Record<CriticalityProfileName, CriticalityProfile>> = {
  PIKE_ORIGINAL,
  ECOSYSTEM_FR,
};
