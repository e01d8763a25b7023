/**
 * Coverage of the graph (issue 14 §3): what share of repositories, start-ups, software and packages
 * the analytics can see, how deep dependency chains go, and which ministries have no start-up, no
 * repository or no known tool. Counts use the project's definitions: "belongs to ministry M"
 * (ministry-membership.ts) and the reuse evidence (REUSE_EVIDENCE), so the figures are those the
 * analytics work with. Analytics methods cite these figures in their coverage notes.
 */
import {
  buildMethod,
  chainDepthNote,
  chainDepths,
  coverageNote,
  coverageRatio,
  type ChainDepths,
  type CoverageFigureName,
  type CoverageRatio,
  type Method,
} from "../../analytics";
import { inSlot, type Db } from "../../db";
import { belongsToAMinistry, hasMembers } from "../../read/model";
import { snapshotVersion } from "./snapshot-version";
import { readSnapshotDate } from "./data-date";
import type { EntityRefData } from "./entity-ref";
import { REUSE_EVIDENCE } from "./ministry-rollup";
import { num, rowList, str, strOrNull } from "./rows";
import type { AnalyticsDeps } from "./subject";

/** Depth limit of the traversal analytics (dependencies, exposure, sovereignty). */
const TRAVERSAL_LIMIT = 6;

const COUNTS = `
CALL () {
  MATCH (r:Repository) WHERE ${inSlot("r")}
  RETURN count(r) AS repositories,
         count(CASE WHEN EXISTS { (r)-[:OWNED_BY]->(:Organization|Ministry) } THEN 1 END) AS repositoriesWithOwner,
         count(CASE WHEN ${belongsToAMinistry("r", "Repository")} THEN 1 END) AS repositoriesWithMinistry,
         count(CASE WHEN EXISTS { (r)<-[:CONTRIBUTES_TO]-(:Contributor) } THEN 1 END) AS repositoriesWithContributorData
}
CALL () {
  MATCH (s:Startup) WHERE ${inSlot("s")}
  RETURN count(s) AS startups,
         count(CASE WHEN ${belongsToAMinistry("s", "Startup")} THEN 1 END) AS startupsWithMinistry
}
CALL () {
  MATCH (s:Software) WHERE ${inSlot("s")}
  RETURN count(s) AS software,
         count(CASE WHEN EXISTS { (s)<-[:PART_OF]-{0,3}(:Software)<-[:IMPLEMENTS]-(:Repository)<-[:CONTRIBUTES_TO]-(:Contributor) } THEN 1 END) AS softwareWithContributorData
}
CALL () {
  MATCH (p:Package) WHERE ${inSlot("p")}
  RETURN count(p) AS packages,
         count(CASE WHEN EXISTS { (p)-[:PUBLISHED_FROM]->(:Repository) } THEN 1 END) AS packagesResolvedToRepository
}
RETURN *`;

const MINISTRIES = `
MATCH (m:Ministry) WHERE ${inSlot("m")}
RETURN m.key AS key, coalesce(m.name, m.key) AS name,
       ${hasMembers("m", "Startup")} AS hasStartup,
       ${hasMembers("m", "Repository")} AS hasRepository
ORDER BY key`;

// not-fetched.csv reasons (public-repos): repositories in the graph whose git facts were not read
const NOT_READ = `
MATCH (r:Repository) WHERE r.gitFactsMissing IS NOT NULL AND ${inSlot("r")}
RETURN toString(r.gitFactsMissing) AS reason, count(*) AS count
ORDER BY count DESC, reason`;

const CONTRIBUTOR_DATA_DATES = `
MATCH (r:Repository) WHERE ${inSlot("r")} AND EXISTS { (r)<-[:CONTRIBUTES_TO]-(:Contributor) }
RETURN min(r.snapshotDate) AS earliest, max(r.snapshotDate) AS latest`;

const DEPENDENCY_EDGES = `
MATCH (a)-[:DEPENDS_ON]->(b) WHERE ${inSlot("a")}
RETURN DISTINCT elementId(a) AS from, elementId(b) AS to, (a:Repository OR a:Software) AS fromRoot`;

/** The coverage figures of the graph. */
export interface CoverageData {
  ratios: Record<CoverageFigureName, CoverageRatio>;
  dependencyChains: ChainDepths;
  traversalLimit: number;
  ministriesWithoutStartup: EntityRefData[];
  ministriesWithoutRepository: EntityRefData[];
  ministriesWithoutKnownTool: EntityRefData[];
  /** Repositories in the graph whose contributors and manifests were not read, by reason. */
  repositoriesNotRead: Array<{ reason: string; count: number }>;
  /** Per-repository snapshot dates of the contributor data (earliest, latest). */
  contributorDataDates: { earliest: string | null; latest: string | null };
  snapshotDate: string | null;
  method: Method;
}

/** Computes the coverage of the graph (a few whole-graph statements). */
export async function coverageOf(deps: AnalyticsDeps): Promise<CoverageData> {
  const [counts = {}] = await deps.db.read(COUNTS);
  const c = (name: string) => num(counts, name);
  const evidence = await deps.db.read(REUSE_EVIDENCE, { keys: null });
  const softwareWithUser = new Set(
    evidence.map(e => str(e.software as Record<string, unknown>, "key")),
  );
  const ministriesWithTool = new Set(
    evidence.flatMap(e => rowList(e, "ministries").map(m => str(m, "key"))),
  );
  const ratios: Record<CoverageFigureName, CoverageRatio> = {
    repositoriesWithOwner: coverageRatio(
      "repositoriesWithOwner",
      c("repositoriesWithOwner"),
      c("repositories"),
    ),
    repositoriesWithMinistry: coverageRatio(
      "repositoriesWithMinistry",
      c("repositoriesWithMinistry"),
      c("repositories"),
    ),
    startupsWithMinistry: coverageRatio(
      "startupsWithMinistry",
      c("startupsWithMinistry"),
      c("startups"),
    ),
    softwareWithKnownUser: coverageRatio(
      "softwareWithKnownUser",
      softwareWithUser.size,
      c("software"),
    ),
    softwareWithContributorData: coverageRatio(
      "softwareWithContributorData",
      c("softwareWithContributorData"),
      c("software"),
    ),
    repositoriesWithContributorData: coverageRatio(
      "repositoriesWithContributorData",
      c("repositoriesWithContributorData"),
      c("repositories"),
    ),
    packagesResolvedToRepository: coverageRatio(
      "packagesResolvedToRepository",
      c("packagesResolvedToRepository"),
      c("packages"),
    ),
  };
  const ministries = await deps.db.read(MINISTRIES);
  const ref = (row: Record<string, unknown>): EntityRefData => ({
    label: "Ministry",
    key: str(row, "key"),
    name: str(row, "name"),
  });
  const edgeRows = await deps.db.read(DEPENDENCY_EDGES);
  const edges = edgeRows.map(r => [str(r, "from"), str(r, "to")] as const);
  const roots = [...new Set(edgeRows.filter(r => r.fromRoot === true).map(r => str(r, "from")))];
  const dependencyChains = chainDepths(edges, roots);
  const snapshotDate = await readSnapshotDate(deps);
  const notRead = await deps.db.read(NOT_READ);
  const [dates = {}] = await deps.db.read(CONTRIBUTOR_DATA_DATES);
  return {
    ratios,
    dependencyChains,
    traversalLimit: TRAVERSAL_LIMIT,
    ministriesWithoutStartup: ministries.filter(m => m.hasStartup !== true).map(ref),
    ministriesWithoutRepository: ministries.filter(m => m.hasRepository !== true).map(ref),
    ministriesWithoutKnownTool: ministries
      .filter(m => !ministriesWithTool.has(str(m, "key")))
      .map(ref),
    repositoriesNotRead: notRead.map(r => ({ reason: str(r, "reason"), count: num(r, "count") })),
    contributorDataDates: {
      earliest: strOrNull(dates, "earliest"),
      latest: strOrNull(dates, "latest"),
    },
    snapshotDate,
    method: buildMethod({
      name: "Graph coverage (ours)",
      formula:
        "share = numerator / denominator per figure; chain depth of a root = largest minimal " +
        "DEPENDS_ON depth it reaches (breadth-first), max and median over roots (repositories " +
        "and software with a dependency)",
      parameters: { snapshotDate, traversalLimit: TRAVERSAL_LIMIT },
      references: ["https://chaoss.community/kb/metric-contributors/"],
      coverageNotes: [
        "ministry membership: docs/data-model.md, 'Belonging to a ministry' (one definition for every figure and analytic)",
        "known user: the reuse evidence of reuseMatrix / reuseBreadth",
        `dependency chains cover every DEPENDS_ON kind; traversal analytics stop at depth ${TRAVERSAL_LIMIT}`,
      ],
    }),
  };
}

/** A figure an analytics method can cite. */
export type CitedFigure =
  CoverageFigureName | "dependencyChains" | "repositoriesNotRead" | "contributorDataDates";

function citation(coverage: CoverageData, figure: CitedFigure): string {
  if (figure === "dependencyChains") {
    return chainDepthNote(coverage.dependencyChains, coverage.traversalLimit);
  }
  if (figure === "repositoriesNotRead") {
    const reasons = coverage.repositoriesNotRead;
    const total = reasons.reduce((n, r) => n + r.count, 0);
    return total === 0
      ? "coverage (query `coverage`): no repository recorded as not read (not-fetched.csv)"
      : `coverage (query \`coverage\`): ${total} repository(ies) in the graph not read for contributors and dependencies: ${reasons.map(r => `${r.reason} ${r.count}`).join("; ")}`;
  }
  if (figure === "contributorDataDates") {
    const { earliest, latest } = coverage.contributorDataDates;
    return earliest === null
      ? "coverage (query `coverage`): no dated contributor data"
      : `coverage (query \`coverage\`): contributor data as of each repository's snapshot, ${earliest} to ${latest}`;
  }
  return coverageNote(coverage.ratios[figure]);
}

const CACHE = new WeakMap<Db, { key: string; value: Promise<CoverageData> }>();

/**
 * The coverage of a seeded graph, computed once per published snapshot (`snapshotVersion`);
 * recomputed every time on a graph the seed loader did not load.
 */
export async function cachedCoverage(deps: AnalyticsDeps): Promise<CoverageData> {
  const key = await snapshotVersion(deps.db);
  if (key === null) {
    return coverageOf(deps);
  }
  const cached = CACHE.get(deps.db);
  if (cached?.key === key) {
    return cached.value;
  }
  const value = coverageOf(deps);
  CACHE.set(deps.db, { key, value });
  void value.catch(() => CACHE.delete(deps.db));
  return value;
}

/** Appends to `method` the coverage notes of the figures its result depends on. */
export async function citeCoverage(
  deps: AnalyticsDeps,
  method: Method,
  figures: readonly CitedFigure[],
): Promise<void> {
  const coverage = await cachedCoverage(deps);
  for (const figure of figures) {
    method.coverageNotes.push(citation(coverage, figure));
  }
}
