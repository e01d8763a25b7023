/** The coverage report (`npm run report -- coverage`): the `coverage` query as an archived report. */
import { coverageOf } from "../services/analytics/coverage.service";
import type { EntityRefData } from "../services/analytics/entity-ref";
import type { AnalyticsDeps } from "../services/analytics/subject";
import { foundBesideUnknown, shareOf } from "./figures";
import type { Report, ReportTable } from "./report";

const ministryTable = (name: string, title: string, list: EntityRefData[]): ReportTable => ({
  name,
  title,
  columns: ["ministry", "name"],
  rows: list.map(m => [m.key, m.name]),
});

/** Builds the coverage report of the whole graph (subject `graph`). */
export async function coverageReport(deps: AnalyticsDeps): Promise<Report> {
  const c = await coverageOf(deps);
  const chains = c.dependencyChains;
  const ratios = Object.values(c.ratios);
  return {
    kind: "coverage",
    subject: "graph",
    title: `Coverage of the graph${c.snapshotDate ? ` (data of ${c.snapshotDate})` : ""}`,
    headline: [
      // each figure: the records that carry the fact, beside those where it is not known
      ...ratios.map(r =>
        foundBesideUnknown(r.description, r.numerator, r.denominator - r.numerator, r.denominator),
      ),
      `- dependency chains: ${chains.roots} root(s); maximum depth ${chains.maxDepth ?? "n/a"}, median ${chains.medianDepth ?? "n/a"}; traversal analytics stop at depth ${c.traversalLimit}`,
      `- contributor data as of each repository's snapshot: ${c.contributorDataDates.earliest ?? "n/a"} to ${c.contributorDataDates.latest ?? "n/a"}`,
    ],
    definitions: [
      "Unknown here means the sources state no such fact for the record (no owner, no ministry, no contributor data…), not that the fact is false.",
      "Belonging to a ministry follows one definition across the API and the reports (docs/data-model.md): PART_OF or SAME_AS the ministry, through an owner or a sponsor.",
      "A dependency chain's depth is, per root, the largest minimal depth at which it reaches one of its dependencies.",
    ],
    tables: [
      {
        name: "coverage",
        title: "Coverage",
        columns: ["figure", "description", "found", "total", "share"],
        rows: ratios.map(r => [
          r.name,
          r.description,
          r.numerator,
          r.denominator,
          shareOf(r.numerator, r.denominator),
        ]),
      },
      {
        name: "repositories-not-read",
        title: "Repositories not read",
        columns: ["reason", "repositories"],
        rows: c.repositoriesNotRead.map(r => [r.reason, r.count]),
      },
      ministryTable(
        "ministries-without-startup",
        "Ministries with no start-up",
        c.ministriesWithoutStartup,
      ),
      ministryTable(
        "ministries-without-repository",
        "Ministries with no repository",
        c.ministriesWithoutRepository,
      ),
      ministryTable(
        "ministries-without-known-tool",
        "Ministries with no known tool",
        c.ministriesWithoutKnownTool,
      ),
    ],
    method: c.method,
    data: c,
  };
}
