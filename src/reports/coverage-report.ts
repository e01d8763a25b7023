/** The coverage report (`npm run report -- coverage`): the `coverage` query as an archived table. */
import type { CoverageRatio } from "../analytics";
import { coverageOf } from "../services/analytics/coverage.service";
import type { EntityRefData } from "../services/analytics/entity-ref";
import type { AnalyticsDeps } from "../services/analytics/subject";
import type { Report } from "./report-kinds";

const share = (r: CoverageRatio): string =>
  r.share === null ? "n/a" : `${(r.share * 100).toFixed(1)} %`;

const names = (list: EntityRefData[]): string[] =>
  list.length ? list.map(m => `- ${m.name} (\`${m.key}\`)`) : ["None."];

/** Builds the coverage report of the whole graph. */
export async function buildCoverageReport(deps: AnalyticsDeps): Promise<Report> {
  const c = await coverageOf(deps);
  const chains = c.dependencyChains;
  return {
    kind: "coverage",
    subject: "graph",
    title: `Coverage of the graph${c.snapshotDate ? ` (data of ${c.snapshotDate})` : ""}`,
    method: c.method,
    data: c,
    sections: [
      {
        heading: "Coverage",
        lines: [
          "| figure | numerator | denominator | share |",
          "| --- | ---: | ---: | ---: |",
          ...Object.values(c.ratios).map(
            r => `| ${r.description} | ${r.numerator} | ${r.denominator} | ${share(r)} |`,
          ),
        ],
      },
      {
        heading: "Dependency chains",
        lines: [
          `- roots (repositories and software with a dependency): ${chains.roots}`,
          `- maximum depth: ${chains.maxDepth ?? "n/a"}; median depth: ${chains.medianDepth ?? "n/a"}`,
          `- traversal analytics stop at depth ${c.traversalLimit}`,
        ],
      },
      {
        heading: "What the data does not cover",
        lines: [
          `- contributor data as of each repository's snapshot: ${c.contributorDataDates.earliest ?? "n/a"} to ${c.contributorDataDates.latest ?? "n/a"}`,
          ...(c.repositoriesNotRead.length
            ? c.repositoriesNotRead.map(r => `- not read (${r.reason}): ${r.count} repository(ies)`)
            : ["- no repository recorded as not read"]),
        ],
      },
      { heading: "Ministries with no start-up", lines: names(c.ministriesWithoutStartup) },
      { heading: "Ministries with no repository", lines: names(c.ministriesWithoutRepository) },
      { heading: "Ministries with no known tool", lines: names(c.ministriesWithoutKnownTool) },
    ],
  };
}
