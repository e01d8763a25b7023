/** Reuse breadth of a shared tool and "built twice" detection (ours, on the SILL model). */
import { effectiveNumber, hhi } from "./concentration";
import { buildMethod, type Method } from "./method";

/** One using organisation of a tool, rolled up to its ministry when it has one. */
export interface ToolUser {
  organizationKey: string;
  ministryKey: string | null;
  /** Where the use is stated (source id or URL). */
  evidence: string;
}

/** Using organisations of one ministry. */
export interface MinistryReuse {
  ministryKey: string;
  organizations: number;
  share: number;
}

/** Output of {@link reuseBreadth}. */
export interface ReuseBreadth {
  usingOrganizations: number;
  usingMinistries: number;
  /** Using organisations attached to no ministry (local authorities, operators…). */
  organizationsWithoutMinistry: number;
  ministries: MinistryReuse[];
  /** HHI of the share of using organisations per ministry; null without ministry data. */
  ministryHHI: number | null;
  effectiveMinistries: number;
  /** Evidence per organisation (deduplicated, sorted). */
  evidence: { organizationKey: string; sources: string[] }[];
  method: Method;
}

const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Reuse breadth: distinct using organisations and ministries, and the concentration of use across
 * ministries: `sₘ = |orgs of ministry m| / Σ |orgs of each ministry|`, `HHI = Σ sₘ²`, effective
 * number = 1/HHI. An organisation linked to two ministries counts once in each.
 *
 * References: SILL model https://github.com/codegouvfr/catalogi ,
 * https://en.wikipedia.org/wiki/Herfindahl%E2%80%93Hirschman_index
 */
export function reuseBreadth(users: readonly ToolUser[], computedAt?: string): ReuseBreadth {
  const orgs = new Map<string, Set<string>>();
  const ministryOrgs = new Map<string, Set<string>>();
  const withMinistry = new Set<string>();
  for (const u of users) {
    const sources = orgs.get(u.organizationKey) ?? new Set<string>();
    sources.add(u.evidence);
    orgs.set(u.organizationKey, sources);
    if (u.ministryKey !== null) {
      withMinistry.add(u.organizationKey);
      const set = ministryOrgs.get(u.ministryKey) ?? new Set<string>();
      set.add(u.organizationKey);
      ministryOrgs.set(u.ministryKey, set);
    }
  }
  const pairs = [...ministryOrgs.values()].reduce((s, set) => s + set.size, 0);
  const ministries = [...ministryOrgs.entries()]
    .map(([ministryKey, set]) => ({
      ministryKey,
      organizations: set.size,
      share: set.size / pairs,
    }))
    .sort((a, b) => b.organizations - a.organizations || byKey(a.ministryKey, b.ministryKey));
  const counts = ministries.map(m => m.organizations);
  return {
    usingOrganizations: orgs.size,
    usingMinistries: ministries.length,
    organizationsWithoutMinistry: orgs.size - withMinistry.size,
    ministries,
    ministryHHI: hhi(counts),
    effectiveMinistries: effectiveNumber(counts),
    evidence: [...orgs.entries()]
      .map(([organizationKey, s]) => ({ organizationKey, sources: [...s].sort(byKey) }))
      .sort((a, b) => byKey(a.organizationKey, b.organizationKey)),
    method: buildMethod({
      name: "Reuse breadth and ministry concentration (ours)",
      formula: "HHI = Σ_m (orgs_m / Σ orgs)²; effective ministries = 1/HHI",
      parameters: { level: "MINISTRY", measure: "ORGANIZATIONS" },
      references: [
        "https://github.com/codegouvfr/catalogi",
        "https://en.wikipedia.org/wiki/Herfindahl%E2%80%93Hirschman_index",
      ],
      coverageNotes: [
        `${orgs.size - withMinistry.size} using organisation(s) without ministry, left out of the HHI`,
      ],
      computedAt,
    }),
  };
}

export * from "./built-twice";
