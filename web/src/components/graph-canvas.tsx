import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import Sigma from "sigma";
import { useEffect, useRef } from "preact/hooks";
import type { GraphData } from "../logic/graph-data";
import { kindStyle, relationshipName } from "../logic/kinds";

interface Props {
  data: GraphData;
  /** French description of the drawing, for screen readers. */
  label: string;
  /** Called with a node's id when it is clicked or chosen in the node list. */
  onNodeClick?: (id: string) => void;
  /** Action name of the node list's buttons, e.g. "Déplier". */
  actionLabel?: string;
}

/** Initial positions: rings by depth (subject in the centre), then a few ForceAtlas2 passes. */
export function layoutGraph(data: GraphData): Graph {
  const graph = new Graph({ multi: false, type: "directed" });
  const byDepth = new Map<number, number>();
  const rings = new Map<number, number>();
  data.nodes.forEach(n => rings.set(n.depth ?? 1, (rings.get(n.depth ?? 1) ?? 0) + 1));
  for (const n of data.nodes) {
    const depth = n.depth ?? 1;
    const index = byDepth.get(depth) ?? 0;
    byDepth.set(depth, index + 1);
    // each ring turned a little: a path (one node per ring) becomes a spiral, not a line
    const angle = (2 * Math.PI * index) / Math.max(1, rings.get(depth) ?? 1) + depth * 0.9;
    const radius = depth === 0 ? 0 : 10 * depth;
    graph.addNode(n.id, {
      x: radius * Math.cos(angle) + (depth === 0 ? 0 : Math.random()),
      y: radius * Math.sin(angle) + (depth === 0 ? 0 : Math.random()),
      size: depth === 0 ? 12 : 6,
      label: n.note ? `${n.name} (${n.note})` : n.name,
      color: n.colour,
    });
  }
  for (const e of data.edges) {
    if (graph.hasNode(e.source) && graph.hasNode(e.target) && !graph.hasEdge(e.source, e.target)) {
      graph.addDirectedEdgeWithKey(e.id, e.source, e.target, {
        type: "arrow",
        size: e.dashed ? 1 : 2,
        color: e.dashed ? "#b5b5b5" : "#7b7b7b",
        label: relationshipName(e.type),
      });
    }
  }
  if (graph.order > 12 && graph.order <= 3000) {
    forceAtlas2.assign(graph, {
      iterations: graph.order > 500 ? 20 : 50,
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 },
    });
  }
  return graph;
}

/**
 * Sigma settings by graph size: past 500 nodes, fewer labels, and edges and labels hidden while
 * the camera moves (sigma's own advice for large graphs), so that pan and zoom stay fluid.
 * bench:web applies the same values to its 2,000-node graph.
 */
export function rendererSettings(nodes: number) {
  const large = nodes > 500;
  return {
    labelRenderedSizeThreshold: nodes > 300 ? 10 : 4,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
  };
}

/**
 * A graph drawn with sigma.js (WebGL), nodes coloured by kind with a legend, and the same nodes
 * as a keyboard-reachable list (the canvas itself is not accessible).
 */
export function GraphCanvas({ data, label, onNodeClick, actionLabel = "Ouvrir" }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const clickRef = useRef(onNodeClick);
  clickRef.current = onNodeClick;
  useEffect(() => {
    if (!container.current) {
      return undefined;
    }
    const graph = layoutGraph(data);
    let renderer: Sigma | undefined;
    try {
      renderer = new Sigma(graph, container.current, {
        renderEdgeLabels: false,
        defaultEdgeType: "arrow",
        ...rendererSettings(data.nodes.length),
      });
    } catch (error) {
      container.current.textContent = `Le dessin du graphe demande WebGL : ${String(error)}`;
      return undefined;
    }
    renderer.on("clickNode", ({ node }) => clickRef.current?.(node));
    (window as unknown as { __explorerSigma?: Sigma }).__explorerSigma = renderer;
    return () => renderer?.kill();
  }, [data]);

  const kinds = [...new Set(data.nodes.map(n => n.kind))];
  return (
    <div class="graph">
      <div
        class="graph-canvas"
        ref={container}
        role="img"
        aria-label={`${label} : ${data.nodes.length} nœuds, ${data.edges.length} liens`}
      />
      <ul class="legend" aria-label="Légende des couleurs">
        {kinds.map(k => (
          <li key={k}>
            <span class="dot" style={{ background: kindStyle(k).colour }} aria-hidden="true" />
            {kindStyle(k).name}
          </li>
        ))}
      </ul>
      <details class="node-list">
        <summary>Liste des nœuds du graphe ({data.nodes.length})</summary>
        <ul>
          {data.nodes.slice(0, 500).map(n => (
            <li key={n.id}>
              {onNodeClick ? (
                <button type="button" class="link" onClick={() => onNodeClick(n.id)}>
                  {actionLabel} : {n.name}
                </button>
              ) : (
                n.name
              )}{" "}
              <span class="muted">
                {kindStyle(n.kind).name}
                {n.note ? ` · ${n.note}` : ""}
              </span>
            </li>
          ))}
        </ul>
        {data.nodes.length > 500 && <p class="muted">Les 500 premiers nœuds sont listés.</p>}
      </details>
    </div>
  );
}
