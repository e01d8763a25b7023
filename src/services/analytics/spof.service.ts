/**
 * Single points of failure (metrics-anchors.md §7.9): structural (articulation points and bridges
 * of the undirected dependency projection, Tarjan), functional (a capability served by one tool
 * only), human (contributor absence factor 1); each ranked by how many start-ups, organisations,
 * ministries and partners depend on it (reverse reachability in the directed projection).
 */
import {
  articulationPointsAndBridges,
  builtTwice,
  buildMethod,
  transitiveDependents,
  type Method,
  beyondFirstNote,
} from "../../analytics";
import { criticalMassOfSubject } from "./critical-mass.service";
import { refId, toRef, type EntityRefData } from "./entity-ref";
import { checkInt } from "./limits";
import { CONSUMER_LABELS, loadProjection, PROJECTION_DESCRIPTION } from "./projection";
import { str, strOrNull } from "./rows";
import type { AnalyticsDeps } from "./subject";

export type SpofKind = "ARTICULATION_POINT" | "BRIDGE" | "SOLE_PROVIDER" | "HUMAN";

/** One single point of failure. */
export interface SpofItem {
  kind: SpofKind;
  node: EntityRefData;
  /** The other end, for a BRIDGE (consumer → dependency direction when known). */
  other: EntityRefData | null;
  detail: string;
  exposedConsumers: number;
  exposedStartups: number;
  exposedOrganizations: number;
}

/** Output of {@link singlePointsOfFailure}. */
export interface SpofResult {
  items: SpofItem[];
  method: Method;
}

const TOOL_LABELS = new Set(["Software", "Repository", "Package"]);

/** Every SPOF of the requested kinds with exposure ≥ minExposure, most exposed first. */
export async function singlePointsOfFailure(
  deps: AnalyticsDeps,
  options: { kinds?: readonly SpofKind[]; minExposure?: number; limit?: number } = {},
): Promise<SpofResult> {
  const kinds = new Set(
    options.kinds ?? ["ARTICULATION_POINT", "BRIDGE", "SOLE_PROVIDER", "HUMAN"],
  );
  const minExposure = checkInt(options.minExposure ?? 1, "minExposure", 0, 1_000_000);
  const limit = checkInt(options.limit ?? 100, "first", 1, 1000);
  const p = await loadProjection(deps);
  const graph = { nodes: p.nodes, edges: p.edges };
  const directed = new Set(p.edges.map(([a, b]) => `${a}>${b}`));
  const exposure = (id: string) => {
    const reached = transitiveDependents(graph, id, { maxDepth: Infinity }).nodes;
    const labels = reached.map(r => r.node.slice(0, r.node.indexOf(":")));
    return {
      exposedConsumers: labels.filter(l => CONSUMER_LABELS.has(l)).length,
      exposedStartups: labels.filter(l => l === "Startup").length,
      exposedOrganizations: labels.filter(l => l !== "Startup" && CONSUMER_LABELS.has(l)).length,
    };
  };
  const ref = (id: string): EntityRefData =>
    p.refs.get(id) ?? {
      label: id.slice(0, id.indexOf(":")),
      key: id.slice(id.indexOf(":") + 1),
      name: id,
    };
  const items: SpofItem[] = [];
  const ap = articulationPointsAndBridges(graph);
  if (kinds.has("ARTICULATION_POINT")) {
    for (const id of ap.articulationPoints.filter(n => TOOL_LABELS.has(ref(n).label))) {
      const pieces = ap.componentsAfterRemoval[id] ?? 0;
      const detail = `removal splits its component: ${ap.components} → ${pieces} components`;
      items.push({
        kind: "ARTICULATION_POINT",
        node: ref(id),
        other: null,
        detail,
        ...exposure(id),
      });
    }
  }
  if (kinds.has("BRIDGE")) {
    for (const [a, b] of ap.bridges) {
      const [from, to] = directed.has(`${a}>${b}`) ? [a, b] : [b, a];
      const e = exposure(from);
      const own = CONSUMER_LABELS.has(ref(from).label) ? 1 : 0;
      items.push({
        kind: "BRIDGE",
        node: ref(to),
        other: ref(from),
        detail: `only link between ${from} and ${to}; exposure counted from ${from}`,
        ...e,
        exposedConsumers: e.exposedConsumers + own,
      });
    }
  }
  const softwareIds = new Set(p.nodes.filter(n => n.startsWith("Software:")));
  if (kinds.has("SOLE_PROVIDER")) {
    const rows = await deps.db.read(deps.cypher.get("analytics/function-tools"));
    const tools = rows.map(r => ({
      key: refId(toRef(r.software as Record<string, unknown>)),
      capability: strOrNull(r, "capability"),
    }));
    for (const g of builtTwice(tools).singleTool) {
      const id = g.tools[0]!;
      const e = softwareIds.has(id)
        ? exposure(id)
        : { exposedConsumers: 0, exposedStartups: 0, exposedOrganizations: 0 };
      items.push({
        kind: "SOLE_PROVIDER",
        node: ref(id),
        other: null,
        detail: `only tool for capability "${g.label}"`,
        ...e,
      });
    }
  }
  if (kinds.has("HUMAN")) {
    const rows = await deps.db.read(deps.cypher.get("analytics/critical-mass-candidates"), {
      kind: "COMMITS",
    });
    for (const row of rows) {
      const key = str(row, "key");
      const subject = {
        elementId: str(row, "elementId"),
        label: "Software",
        key,
        name: str(row, "name", key),
      };
      const cm = await criticalMassOfSubject(deps, subject, {});
      if (cm.contributorAbsenceFactor === 1) {
        const id = `Software:${key}`;
        const detail = `contributor absence factor 1 (${cm.contributorsAllTime} contributors, all-time commits)`;
        items.push({ kind: "HUMAN", node: ref(id), other: null, detail, ...exposure(id) });
      }
    }
  }
  const kept = items
    .filter(i => i.exposedConsumers >= minExposure)
    .sort(
      (a, b) =>
        b.exposedConsumers - a.exposedConsumers ||
        (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) ||
        (refId(a.node) < refId(b.node) ? -1 : 1),
    );
  return {
    items: kept.slice(0, limit),
    method: buildMethod({
      name: "Single points of failure (structural, functional, human)",
      formula:
        "articulation points / bridges of the undirected projection (Tarjan); capabilities with one tool; " +
        "CAF = 1; exposure = start-ups + organisations + ministries + partners reaching the node",
      parameters: {
        projection: PROJECTION_DESCRIPTION,
        kinds: [...kinds].join(","),
        minExposure,
        first: limit,
      },
      references: [
        "https://en.wikipedia.org/wiki/Biconnected_component",
        "https://neo4j.com/docs/graph-data-science/current/algorithms/articulation-points/",
        "https://chaoss.community/?p=3944",
        "https://github.com/codegouvfr/catalogi",
      ],
      coverageNotes: [
        `${p.nodes.length} nodes, ${p.edges.length} edges, ${ap.components} connected components`,
        "articulation points restricted to Software / Repository / Package",
        "SOLE_PROVIDER uses the SILL 'function' field, only present on SILL software",
        beyondFirstNote(kept.length, limit, "item(s)"),
      ],
    }),
  };
}
