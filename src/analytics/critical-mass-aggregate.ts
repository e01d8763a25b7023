/** Window aggregation behind `criticalMass`: commits per person, organisation, unit and sector. */
import {
  SECTORS,
  type Contribution,
  type Sector,
  type SectorShare,
  type UnaffiliatedPolicy,
} from "./critical-mass.types";

/** Commit totals of the records in a window. */
export interface WindowAggregate {
  total: number;
  byPerson: Map<string, number>;
  /** Real organisations only. */
  byOrganization: Map<string, number>;
  /** Elephant-factor units: `org:<key>`, plus `person:<id>` or `unaffiliated` per policy. */
  byUnit: Map<string, number>;
  unaffiliatedCommits: number;
  sectorShares: SectorShare[];
}

const add = (m: Map<string, number>, k: string, v: number): void => {
  m.set(k, (m.get(k) ?? 0) + v);
};

/**
 * Sums the commits of window records. Unaffiliated commits become one unit per contributor
 * (`EACH_OWN_UNIT`), one shared unit (`ONE_UNIT`) or are left out of the units (`EXCLUDE`; they stay
 * in `total`). A contributor is counted in the sector holding most of their window commits, ties
 * broken by the fixed order of {@link SECTORS}.
 *
 * Reference: https://chaoss.community/kb/metric-elephant-factor/ (unaffiliated rule is a parameter)
 */
export function aggregateWindow(
  records: readonly Contribution[],
  policy: UnaffiliatedPolicy,
): WindowAggregate {
  const byPerson = new Map<string, number>();
  const byOrganization = new Map<string, number>();
  const byUnit = new Map<string, number>();
  const bySector = new Map<string, number>();
  const personSector = new Map<string, Map<string, number>>();
  let unaffiliatedCommits = 0;
  for (const c of records) {
    add(byPerson, c.contributorId, c.commits);
    add(bySector, c.sector, c.commits);
    const ps = personSector.get(c.contributorId) ?? new Map<string, number>();
    add(ps, c.sector, c.commits);
    personSector.set(c.contributorId, ps);
    if (c.organizationKey !== null) {
      add(byOrganization, c.organizationKey, c.commits);
      add(byUnit, `org:${c.organizationKey}`, c.commits);
    } else {
      unaffiliatedCommits += c.commits;
      if (policy === "EACH_OWN_UNIT") {
        add(byUnit, `person:${c.contributorId}`, c.commits);
      } else if (policy === "ONE_UNIT") {
        add(byUnit, "unaffiliated", c.commits);
      }
    }
  }
  const total = [...byPerson.values()].reduce((s, v) => s + v, 0);
  const dominant = new Map<Sector, number>();
  for (const ps of personSector.values()) {
    const best = SECTORS.reduce((b, s) => ((ps.get(s) ?? 0) > (ps.get(b) ?? 0) ? s : b));
    dominant.set(best, (dominant.get(best) ?? 0) + 1);
  }
  const people = byPerson.size;
  const sectorShares = SECTORS.map(sector => ({
    sector,
    contributors: dominant.get(sector) ?? 0,
    contributorShare: people === 0 ? 0 : (dominant.get(sector) ?? 0) / people,
    contributions: bySector.get(sector) ?? 0,
    contributionShare: total === 0 ? 0 : (bySector.get(sector) ?? 0) / total,
  }));
  return { total, byPerson, byOrganization, byUnit, unaffiliatedCommits, sectorShares };
}
