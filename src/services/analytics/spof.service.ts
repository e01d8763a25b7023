/**
 * Single points of failure (metrics-anchors.md §7.9): structural (articulation points and bridges
 * of the undirected dependency projection, Tarjan), functional (a capability served by one tool
 * only), human (contributor absence factor 1); each ranked by how many start-ups, organisations,
 * ministries and partners depend on it (reverse reachability in the directed projection).
 */
import {
  builtTwice,
  buildMethod,
  type Method,
  spofStructure,
  type SpofStructure,
  type SpofStructureInput,
  beyondFirstNote,
} from "../../analytics";
import { criticalMassOfSubject } from "./critical-mass.service";
import { refId, toRef, type EntityRefData } from "./entity-ref";
import { checkInt } from "./limits";
import { CONSUMER_LABELS, loadProjection, PROJECTION_DESCRIPTION } from "./projection";
import { str, strOrNull } from "./rows";
import { snapshotVersion } from "./snapshot-version";
import type { AnalyticsDeps } from "./subject";

export const SPOF_KINDS = ["ARTICULATION_POINT", "BRIDGE", "SOLE_PROVIDER", "HUMAN"] as const;
export type SpofKind = (typeof SPOF_KINDS)[number];

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
  const all = deps.heavy
    ? await deps.heavy.run(await snapshotVersion(deps.db), "singlePointsOfFailure", task =>
        everySpof({ ...deps, db: task.db }, input => deps.heavy!.spofStructure(input, task.signal)),
      )
    : await everySpof(deps, async input => spofStructure(input));
  const { p, components } = all;
  const kept = all.items
    .filter(i => kinds.has(i.kind) && i.exposedConsumers >= minExposure)
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
        `${p.nodes} nodes, ${p.edges} edges, ${components} connected components`,
        "articulation points restricted to Software / Repository / Package",
        "SOLE_PROVIDER uses the SILL 'function' field, only present on SILL software",
        beyondFirstNote(kept.length, limit, "item(s)"),
      ],
    }),
  };
}

interface EverySpof {
  items: SpofItem[];
  p: { nodes: number; edges: number };
  components: number;
}

/**
 * Every single point of failure of every kind, unfiltered (the part worth caching): the reads
 * here, the whole-graph structure through `structure` (a worker thread in the server).
 */
async function everySpof(
  deps: AnalyticsDeps,
  structure: (input: SpofStructureInput) => Promise<SpofStructure>,
): Promise<EverySpof> {
  const p = await loadProjection(deps);
  const ref = (id: string): EntityRefData =>
    p.refs.get(id) ?? {
      label: id.slice(0, id.indexOf(":")),
      key: id.slice(id.indexOf(":") + 1),
      name: id,
    };
  const softwareIds = new Set(p.nodes.filter(n => n.startsWith("Software:")));
  const toolRows = await deps.db.read(deps.cypher.get("analytics/function-tools"));
  const soleProviders = builtTwice(
    toolRows.map(r => ({
      key: refId(toRef(r.software as Record<string, unknown>)),
      capability: strOrNull(r, "capability"),
    })),
  ).singleTool.map(g => ({ id: g.tools[0]!, label: g.label }));
  const human: Array<{ id: string; detail: string }> = [];
  const candidates = await deps.db.read(deps.cypher.get("analytics/critical-mass-candidates"), {
    kind: "COMMITS",
  });
  for (const row of candidates) {
    const key = str(row, "key");
    const subject = {
      elementId: str(row, "elementId"),
      label: "Software",
      key,
      name: str(row, "name", key),
    };
    const cm = await criticalMassOfSubject(deps, subject, {});
    if (cm.contributorAbsenceFactor === 1) {
      const detail = `contributor absence factor 1 (${cm.contributorsAllTime} contributors, all-time commits)`;
      human.push({ id: `Software:${key}`, detail });
    }
  }
  const s = await structure({
    nodes: p.nodes,
    edges: p.edges,
    toolLabels: [...TOOL_LABELS],
    consumerLabels: [...CONSUMER_LABELS],
    extraIds: [
      ...soleProviders.map(x => x.id).filter(id => softwareIds.has(id)),
      ...human.map(h => h.id),
    ],
  });
  const none = { exposedConsumers: 0, exposedStartups: 0, exposedOrganizations: 0 };
  const exposure = (id: string) => s.exposures[id] ?? none;
  const items: SpofItem[] = [];
  for (const { id, componentsAfterRemoval } of s.articulationPoints) {
    const detail = `removal splits its component: ${s.components} → ${componentsAfterRemoval} components`;
    items.push({ kind: "ARTICULATION_POINT", node: ref(id), other: null, detail, ...exposure(id) });
  }
  for (const [from, to] of s.bridges) {
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
  for (const { id, label } of soleProviders) {
    const e = softwareIds.has(id) ? exposure(id) : none;
    items.push({
      kind: "SOLE_PROVIDER",
      node: ref(id),
      other: null,
      detail: `only tool for capability "${label}"`,
      ...e,
    });
  }
  for (const { id, detail } of human) {
    items.push({ kind: "HUMAN", node: ref(id), other: null, detail, ...exposure(id) });
  }
  return { items, p: { nodes: p.nodes.length, edges: p.edges.length }, components: s.components };
}
