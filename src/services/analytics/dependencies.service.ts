/**
 * Dependencies of a software or repository (metrics-anchors.md §3.2, §7.1, §7.2): transitive,
 * depth-bounded, with minimal depth, DIRECT / INDIRECT, declared requirement, licence and one
 * example path; and the k shortest dependency paths between two nodes.
 */
import {
  buildMethod,
  classifyLicence,
  kShortestPaths,
  type LicenceClass,
  beyondFirstNote,
} from "../../analytics";
import { BadUserInputError } from "../../errors";
import { refId, toRef, type EntityRefData } from "./entity-ref";
import { citeCoverage } from "./coverage.service";
import { checkDepth, checkInt } from "./limits";
import {
  describeReached,
  MAIN_MANIFESTS_NOTE,
  reachLevels,
  type ReachedEntity,
  type TraversalOptions,
} from "./reachability.service";
import { strOrNull } from "./rows";
import type {
  DependenciesResult,
  DependencyPath,
  DependencyPaths,
} from "./types/dependencies.type";
import {
  resolveSubject,
  type AnalyticsDeps,
  type AnalyticsLabel,
  type SubjectRef,
} from "./subject";

/** Labels whose dependencies can be asked for. */
export const DEPENDENCY_ROOTS: readonly AnalyticsLabel[] = ["Software", "Repository", "Package"];

const DEPS_DEV = "https://docs.deps.dev/api/v3/";
const CHAOSS_UPSTREAM =
  "https://github.com/chaoss/wg-risk/blob/HEAD/focus-areas/dependency-risk-assessment/upstream-code-dependencies.md";
const QPP = "https://neo4j.com/docs/cypher-manual/current/patterns/shortest-paths/";

/** A dependency with its licence class. */
export interface DependencyItem extends ReachedEntity {
  licenceClass: LicenceClass;
}

/** Output of {@link dependenciesOf} (declared once, with the API's `Dependencies`). */
export type { DependenciesResult };

/** Options of {@link dependenciesOf}. */
export interface DependenciesOptions extends TraversalOptions {
  relation?: "DIRECT" | "INDIRECT" | null;
  first?: number;
}

const licenceOf = (l: string | null): LicenceClass => (l === null ? "UNKNOWN" : classifyLicence(l));

/** Transitive dependencies of a Software / Repository / Package, sorted by depth then key. */
export async function dependenciesOf(
  deps: AnalyticsDeps,
  ref: SubjectRef,
  options: DependenciesOptions = {},
): Promise<DependenciesResult> {
  const maxDepth = checkDepth(options.maxDepth ?? 6);
  const first = checkInt(options.first ?? 500, "first", 1, 5000);
  const subject = await resolveSubject(deps, ref, DEPENDENCY_ROOTS);
  const reached = await reachLevels(deps, subject, "DEPENDENCIES", { ...options, maxDepth });
  const classes = new Map<LicenceClass, number>();
  for (const licence of reached.licences.flat()) {
    const c = licenceOf(licence);
    classes.set(c, (classes.get(c) ?? 0) + 1);
  }
  const [directIds = [], ...deeper] = reached.levels;
  const keptIds =
    options.relation === "DIRECT"
      ? directIds
      : options.relation === "INDIRECT"
        ? deeper.flat()
        : reached.levels.flat();
  const page = await describeReached(deps, reached, keptIds.slice(0, first));
  const items = page.map(r => ({ ...r, licenceClass: licenceOf(r.licence) }));
  const direct = directIds.length;
  const total = reached.depthOf.size;
  const result: DependenciesResult = {
    subject,
    totalCount: keptIds.length,
    directCount: direct,
    indirectCount: total - direct,
    items,
    licenceClasses: [...classes].map(([licenceClass, count]) => ({ licenceClass, count })),
    method: buildMethod({
      name: "Transitive dependencies (deps.dev relation, CHAOSS Upstream Code Dependencies)",
      formula:
        "depth(d) = length of a shortest DEPENDS_ON path root→d (Cypher pruning breadth-first expand, ≤ 6); " +
        "DIRECT iff depth = 1, else INDIRECT",
      parameters: {
        maxDepth,
        kinds: options.kinds?.join(",") ?? "ALL",
        relation: options.relation ?? "ALL",
        first,
      },
      references: [DEPS_DEV, CHAOSS_UPSTREAM, QPP],
      coverageNotes: [
        "declared dependencies only (manifests of La Suite and public-repos repositories, 2021 inventory libraries); no resolved versions",
        MAIN_MANIFESTS_NOTE,
        `${classes.get("UNKNOWN") ?? 0} dependency(ies) without a known licence`,
        "requirement = constraint declared by the parent on the example path",
        beyondFirstNote(keptIds.length, first, "dependency(ies)"),
      ],
    }),
  };
  await citeCoverage(deps, result.method, [
    "packagesResolvedToRepository",
    "dependencyChains",
    "repositoriesNotRead",
  ]);
  return result;
}

/** One dependency path, and the output of {@link dependencyPaths} (declared once, with the API). */
export type DependencyPathData = DependencyPath;
export type DependencyPathsResult = DependencyPaths;

/**
 * The k shortest simple DEPENDS_ON paths from → to (length ≤ maxDepth), ordered by length then by
 * the `Label:key` sequence. The candidate subgraph (nodes on some path of length ≤ maxDepth) is cut
 * in Cypher with two ANY SHORTEST traversals; the k paths are enumerated on it in process, because
 * Cypher's `SHORTEST k` takes a literal k, walks trails (a node may repeat) and breaks ties arbitrarily.
 */
export async function dependencyPaths(
  deps: AnalyticsDeps,
  fromRef: SubjectRef,
  toRef_: SubjectRef,
  options: { k?: number; maxDepth?: number } & TraversalOptions = {},
): Promise<DependencyPathsResult> {
  const k = checkInt(options.k ?? 3, "k", 1, 20);
  const maxDepth = checkDepth(options.maxDepth ?? 6);
  const from = await resolveSubject(deps, fromRef, DEPENDENCY_ROOTS, "from");
  const to = await resolveSubject(deps, toRef_, DEPENDENCY_ROOTS, "to");
  if (from.elementId === to.elementId) {
    throw new BadUserInputError("from and to are the same node", { argument: "to" });
  }
  const fwd = await reachLevels(deps, from, "DEPENDENCIES", { ...options, maxDepth });
  const bwd = await reachLevels(deps, to, "DEPENDENTS", { ...options, maxDepth });
  const ids = new Set([from.elementId, to.elementId]);
  for (const [id, depth] of fwd.depthOf) {
    const d = bwd.depthOf.get(id);
    if (d !== undefined && depth + d <= maxDepth) {
      ids.add(id);
    }
  }
  const kinds = options.kinds && options.kinds.length > 0 ? [...options.kinds] : null;
  const rows = await deps.db.read(deps.cypher.get("analytics/edges-among"), {
    ids: [...ids],
    kinds,
  });
  const refs = new Map<string, EntityRefData>();
  const requirement = new Map<string, string | null>();
  const edges = rows.map(row => {
    const a = toRef(row.from as Record<string, unknown>);
    const b = toRef(row.to as Record<string, unknown>);
    refs.set(refId(a), a);
    refs.set(refId(b), b);
    requirement.set(`${refId(a)}>${refId(b)}`, strOrNull(row, "requirement"));
    return [refId(a), refId(b)] as const;
  });
  const found = kShortestPaths({ nodes: [], edges }, refId(from), refId(to), { k, maxDepth });
  const paths = found.paths.map(p => ({
    length: p.length,
    nodes: p.nodes.map(id => refs.get(id) ?? { label: "", key: id, name: id }),
    requirements: p.nodes.slice(1).map((id, i) => requirement.get(`${p.nodes[i]}>${id}`) ?? null),
  }));
  return {
    from,
    to,
    paths,
    truncated: found.truncated,
    method: buildMethod({
      name: "k shortest dependency paths",
      formula:
        "candidates = {x : d(from,x) + d(x,to) ≤ maxDepth} (Cypher ANY SHORTEST both ways); " +
        "k shortest simple paths on them, ordered by length then Label:key sequence",
      parameters: { k, maxDepth, kinds: options.kinds?.join(",") ?? "ALL" },
      references: [QPP, "https://en.wikipedia.org/wiki/Yen%27s_algorithm", DEPS_DEV],
      coverageNotes: [`${ids.size} candidate node(s), ${rows.length} candidate edge(s)`],
    }),
  };
}
