/**
 * Dependency traversals in Cypher (quantified path patterns, ANY SHORTEST, depth ≤ 6): the
 * transitive dependencies or dependents of one node, with minimal depth, DIRECT / INDIRECT and one
 * example path (deps.dev semantics).
 */
import { toRef } from "./entity-ref";
import { checkDepth } from "./limits";
import { num, rowList, strList, strOrNull } from "./rows";
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

/** Runs `analytics/dependencies` or `analytics/dependents` from a resolved subject. */
export async function reach(
  deps: AnalyticsDeps,
  root: Subject,
  direction: "DEPENDENCIES" | "DEPENDENTS",
  options: TraversalOptions = {},
): Promise<ReachedEntity[]> {
  const maxDepth = checkDepth(options.maxDepth ?? 6);
  const name = direction === "DEPENDENCIES" ? "analytics/dependencies" : "analytics/dependents";
  const kinds = options.kinds && options.kinds.length > 0 ? [...options.kinds] : null;
  const rows = await deps.db.read(deps.cypher.get(name), {
    rootId: root.elementId,
    maxDepth,
    kinds,
    allManifests: options.allManifests ?? false,
  });
  return rows.map(row => {
    const depth = num(row, "depth");
    return {
      elementId: String(row.elementId),
      node: toRef((row.node ?? {}) as Record<string, unknown>),
      depth,
      relation: depth === 1 ? "DIRECT" : "INDIRECT",
      requirement: strOrNull(row, "requirement"),
      kind: strOrNull(row, "kind"),
      licence: strOrNull(row, "licence"),
      sources: strList(row, "sources"),
      examplePath: rowList(row, "path").map(toRef),
    };
  });
}
