/**
 * Dependency traversals in Cypher (pruning breadth-first expand, depth ≤ 6): the transitive
 * dependencies or dependents of one node with their minimal depth, DIRECT / INDIRECT and one
 * example path (deps.dev semantics).
 *
 * The work is linear in the part of the graph reached and small per reached node: one statement
 * returns the BFS levels (element ids by depth, each node once, in `label, key` order), so counts
 * and the order of the whole result cost no path; the example paths and the declared requirement
 * are built only for the page a caller returns, by walking back one level at a time from the page
 * to the root (one statement per level, each reading only the page's ancestors' edges).
 */
import type { Row } from "../../db";
import { compareRefs, toRef, type EntityRefData } from "./entity-ref";
import { checkDepth } from "./limits";
import { strList, strOrNull } from "./rows";
import type { AnalyticsDeps, Subject } from "./subject";
import type { ReachedEntity } from "./types/dependencies.type";

import { DEPENDENCY_KINDS, type DependencyKind } from "../../model";

export { DEPENDENCY_KINDS, type DependencyKind };

/** One node reached from the root (declared once, with the API's `DependencyItem`). */
export type { ReachedEntity };

/** Options of the traversals. */
export interface TraversalOptions {
  maxDepth?: number;
  kinds?: readonly DependencyKind[] | null;
  /**
   * Also follow dependencies declared only by test, example or docs manifests (`manifestRole` ≠
   * MAIN). Default false: those are not what a repository ships, so exposure, sovereignty and
   * dependency trees leave them out.
   */
  allManifests?: boolean;
}

/** The coverage note every traversal-based analytic carries about non-main manifests. */
export const MAIN_MANIFESTS_NOTE =
  "dependencies declared only by test, example or docs manifests (manifestRole ≠ MAIN) are not followed";

type Direction = "DEPENDENCIES" | "DEPENDENTS";

/** The BFS levels of a traversal: every reached node once, with its minimal depth. */
export interface ReachLevels {
  root: Subject;
  direction: Direction;
  /** `levels[k - 1]`: element ids first reached at depth k, in `label, key` order. */
  levels: string[][];
  /** Licences of `levels[k - 1]`, index for index. */
  licences: (string | null)[][];
  /** Depth of every reached node. */
  depthOf: Map<string, number>;
  params: { rootId: string; maxDepth: number; kinds: string[] | null; allManifests: boolean };
}

/** Number of nodes reached. */
export const reachedCount = (r: ReachLevels): number => r.depthOf.size;

/** Element ids in result order (depth, then label, then key). */
export const reachedIds = (r: ReachLevels): string[] => r.levels.flat();

/** The parameters of the traversal statements for `root` and `options`. */
export function traversalParams(root: Subject, options: TraversalOptions): ReachLevels["params"] {
  return {
    rootId: root.elementId,
    maxDepth: checkDepth(options.maxDepth ?? 6),
    kinds: options.kinds && options.kinds.length > 0 ? [...options.kinds] : null,
    allManifests: options.allManifests ?? false,
  };
}

/**
 * BFS levels from rows `{depth, ids, licences?}` (one per depth, ids in result order), as
 * `analytics/dependencies`, `analytics/dependents` and `analytics/exposure` return them.
 */
export function levelsFrom(
  root: Subject,
  direction: Direction,
  params: ReachLevels["params"],
  rows: readonly Row[],
): ReachLevels {
  const levels: string[][] = [];
  const licences: (string | null)[][] = [];
  const depthOf = new Map<string, number>();
  for (const row of rows) {
    const depth = Number(row.depth);
    const ids = strList(row, "ids");
    levels[depth - 1] = ids;
    licences[depth - 1] = rowLists(row, "licences").map(([l]) =>
      l === null || l === undefined ? null : String(l),
    );
    ids.forEach(id => depthOf.set(id, depth));
  }
  while (levels.length > 0 && levels[levels.length - 1]!.length === 0) {
    levels.pop();
  }
  for (let k = 0; k < levels.length; k += 1) {
    levels[k] ??= [];
    licences[k] ??= [];
  }
  licences.length = levels.length;
  return { root, direction, levels, licences, depthOf, params };
}

/** Runs `analytics/dependencies` or `analytics/dependents`: the BFS levels from `root`. */
export async function reachLevels(
  deps: AnalyticsDeps,
  root: Subject,
  direction: Direction,
  options: TraversalOptions = {},
): Promise<ReachLevels> {
  const params = traversalParams(root, options);
  const name = direction === "DEPENDENCIES" ? "analytics/dependencies" : "analytics/dependents";
  return levelsFrom(root, direction, params, await deps.db.read(deps.cypher.get(name), params));
}

const rowLists = (row: Row, key: string): unknown[][] =>
  Array.isArray(row[key]) ? (row[key] as unknown[]).map(x => (Array.isArray(x) ? x : [x])) : [];

interface Step {
  node: EntityRefData;
  licence: string | null;
  parent: string | null;
  parentNode: EntityRefData | null;
  requirement: string | null;
  kind: string | null;
  sources: string[];
}

/**
 * The reached nodes `ids` (a page, in the order given) with their example path, the requirement,
 * kind and sources of the edge next to them on it, and their licence. The path goes back one level
 * at a time; where several parents one level closer to the root exist, the smallest `label, key`
 * (then requirement, kind) is taken, so the answer is the same on every call.
 */
export async function describeReached(
  deps: AnalyticsDeps,
  reached: ReachLevels,
  ids: readonly string[],
): Promise<ReachedEntity[]> {
  const name =
    reached.direction === "DEPENDENCIES"
      ? "analytics/dependency-parents"
      : "analytics/dependent-parents";
  const steps = new Map<string, Step>();
  let pending = new Set(ids);
  const { kinds, allManifests } = reached.params;
  for (let depth = reached.levels.length; depth >= 1; depth -= 1) {
    const atDepth = [...pending].filter(id => reached.depthOf.get(id) === depth);
    if (atDepth.length === 0) {
      continue;
    }
    const previous = depth === 1 ? [reached.root.elementId] : reached.levels[depth - 2]!;
    const rows = await deps.db.read(deps.cypher.get(name), {
      ids: atDepth,
      previous,
      kinds,
      allManifests,
    });
    const best = new Map<string, Step>();
    for (const row of rows) {
      const id = String(row.id);
      const step: Step = {
        node: toRef(row.node as Record<string, unknown>),
        licence: strOrNull(row, "licence"),
        parent: strOrNull(row, "parent"),
        parentNode: row.parentNode ? toRef(row.parentNode as Record<string, unknown>) : null,
        requirement: strOrNull(row, "requirement"),
        kind: strOrNull(row, "kind"),
        sources: strList(row, "sources"),
      };
      const cur = best.get(id);
      if (!cur || preferParent(step, cur) < 0) {
        best.set(id, step);
      }
    }
    pending = new Set([...pending].filter(id => reached.depthOf.get(id) !== depth));
    for (const [id, step] of best) {
      steps.set(id, step);
      if (step.parent !== null && depth > 1 && !steps.has(step.parent)) {
        pending.add(step.parent);
      }
    }
  }
  return ids.map(id => reachedEntity(reached, steps, id));
}

const cmp = (a: string | null, b: string | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;

/** Order of candidate parents: a parent before none, then `label, key`, requirement, kind. */
function preferParent(a: Step, b: Step): number {
  if (a.parentNode === null || b.parentNode === null) {
    return a.parentNode === null ? (b.parentNode === null ? 0 : 1) : -1;
  }
  return (
    compareRefs(a.parentNode, b.parentNode) ||
    cmp(a.requirement, b.requirement) ||
    cmp(a.kind, b.kind)
  );
}

function reachedEntity(reached: ReachLevels, steps: Map<string, Step>, id: string): ReachedEntity {
  const depth = reached.depthOf.get(id) ?? 0;
  const step = steps.get(id);
  const chain: EntityRefData[] = [];
  for (let s = step; s; s = s.parent === null ? undefined : steps.get(s.parent)) {
    chain.push(s.node);
    if (s.parent === reached.root.elementId && s.parentNode) {
      chain.push(s.parentNode);
    }
  }
  return {
    elementId: id,
    node: step?.node ?? { label: "", key: id, name: id },
    depth,
    relation: depth === 1 ? "DIRECT" : "INDIRECT",
    requirement: step?.requirement ?? null,
    kind: step?.kind ?? null,
    licence: step?.licence ?? null,
    sources: step?.sources ?? [],
    // dependents: dependent → … → root; dependencies: root → … → dependency
    examplePath: reached.direction === "DEPENDENTS" ? chain : chain.reverse(),
  };
}

/** Every node reached from `root`, in result order, each with its example path. */
export async function reach(
  deps: AnalyticsDeps,
  root: Subject,
  direction: Direction,
  options: TraversalOptions = {},
): Promise<ReachedEntity[]> {
  const reached = await reachLevels(deps, root, direction, options);
  return describeReached(deps, reached, reachedIds(reached));
}
