/** Extraction of contribution records (commits or beta.gouv.fr memberships) for `criticalMass`. */
import { SECTORS, type Contribution, type Sector } from "../../analytics";
import type { Row } from "../../db";
import { num, str, strOrNull } from "./rows";
import type { AnalyticsDeps } from "./subject";

/** What a contribution is: commits to repositories, or months of beta.gouv.fr missions. */
export const CONTRIBUTION_KINDS = ["COMMITS", "MEMBERSHIPS"] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

/** Organisation names seen in the records (`Label:key` → name). */
export type OrganizationNames = Map<string, string>;

const MONTH_MS = 30.4375 * 24 * 3600 * 1000;

function sectorOf(row: Row): Sector {
  const s = strOrNull(row, "affiliationSector") ?? strOrNull(row, "sector") ?? "UNKNOWN";
  return (SECTORS as readonly string[]).includes(s) ? (s as Sector) : "UNKNOWN";
}

/**
 * Reads the contribution records of a subject. COMMITS: one record per contributor × repository
 * (CONTRIBUTES_TO commits, first and last commit dates). MEMBERSHIPS: one record per mission, weight
 * = mission length in months (≥ 1; an open mission ends at `asOf`). Sector = affiliation sector,
 * else the contributor's own sector, else UNKNOWN.
 */
export async function readContributions(
  deps: AnalyticsDeps,
  rootId: string,
  kind: ContributionKind,
  asOf: string,
): Promise<{ records: Contribution[]; organizations: OrganizationNames; undated: number }> {
  const name =
    kind === "COMMITS" ? "analytics/contributions-commits" : "analytics/contributions-members";
  const rows = await deps.db.read(deps.cypher.get(name), { rootId });
  const organizations: OrganizationNames = new Map();
  // a record with no date at all cannot be placed in a window: counted apart, named in the method
  const dated = rows.filter(row => strOrNull(row, "first") ?? strOrNull(row, "last"));
  const records = dated.map(row => {
    const organization = strOrNull(row, "organization");
    if (organization !== null) {
      organizations.set(organization, str(row, "organizationName", organization));
    }
    const first = strOrNull(row, "first") ?? str(row, "last");
    const last = strOrNull(row, "last") ?? asOf.slice(0, 10);
    const units =
      kind === "COMMITS"
        ? num(row, "units")
        : Math.max(1, Math.round((Date.parse(last) - Date.parse(first)) / MONTH_MS));
    return {
      contributorId: str(row, "contributor"),
      organizationKey: organization,
      sector: sectorOf(row),
      commits: units,
      firstCommit: first,
      lastCommit: last < first ? first : last,
      isBot: row.isBot === true,
    };
  });
  return { records, organizations, undated: rows.length - dated.length };
}

/** The coverage note of the records left out for want of dates (none: no note). */
export function undatedNote(undated: number): string[] {
  return undated === 0
    ? []
    : [
        `${undated} contribution record(s) without any date (no first or last contribution) ` +
          "left out: they cannot be placed in a window or counted as active",
      ];
}
