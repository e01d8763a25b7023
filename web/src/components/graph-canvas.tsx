import Graph from "graphology";
import Sigma from "sigma";
import { useEffect, useRef, useState } from "preact/hooks";
import type { GraphData } from "../logic/graph-data";
import {
  layoutRequest,
  needsForceLayout,
  type Positions,
  ringPositions,
} from "../logic/graph-layout";
import { kindStyle, relationshipName } from "../logic/kinds";
import { PROGRAMS, rendererSettings } from "./graph-settings";

interface Props {
  data: GraphData;
  /** French description of the drawing, for screen readers. */
  label: string;
  /** Called with a node's id when it is clicked or chosen in the node list. */
  onNodeClick?: (id: string) => void;
  /** Action name of the node list's buttons, e.g. "Déplier". */
  actionLabel?: string;
}

/** Listed in the keyboard-reachable node list, at most. */
const LISTED = 500;

/** The graphology graph sigma draws, at the given positions (edge and node programs by size). */
export function drawableGraph(data: GraphData, positions: Positions): Graph {
  const graph = new Graph({ multi: false, type: "directed" });
  for (const n of data.nodes) {
    const root = (n.depth ?? 1) === 0;
    graph.addNode(n.id, {
      ...positions[n.id],
      size: root ? 12 : 6,
      label: n.note ? `${n.name} (${n.note})` : n.name,
      color: n.colour,
    });
  }
  for (const e of data.edges) {
    if (graph.hasNode(e.source) && graph.hasNode(e.target) && !graph.hasEdge(e.source, e.target)) {
      graph.addDirectedEdgeWithKey(e.id, e.source, e.target, {
        size: e.dashed ? 1 : 2,
        color: e.dashed ? "#b5b5b5" : "#7b7b7b",
        label: relationshipName(e.type),
      });
    }
  }
  return graph;
}

/**
 * ForceAtlas2 in a Web Worker, applied in one update when it is ready: the graph is drawn at
 * once on its rings and stays interactive meanwhile. Returns a function that cancels it.
 */
function layOutInWorker(data: GraphData, positions: Positions, graph: Graph, done: () => void) {
  if (!needsForceLayout(graph.order) || typeof Worker === "undefined") {
    done();
    return () => undefined;
  }
  const worker = new Worker(new URL("../workers/layout.worker.ts", import.meta.url), {
    type: "module",
  });
  worker.onmessage = (event: MessageEvent<Positions>) => {
    const next = event.data;
    graph.updateEachNodeAttributes((id, a) => ({ ...a, ...next[id] }), {
      attributes: ["x", "y"],
    });
    worker.terminate();
    done();
  };
  worker.onerror = () => {
    worker.terminate();
    done(); // the rings stay: a readable layout, only less compact
  };
  worker.postMessage(layoutRequest(data, positions));
  return () => worker.terminate();
}

/**
 * A graph drawn with sigma.js (WebGL), nodes coloured by kind with a legend, and the same nodes
 * as a keyboard-reachable list (the canvas itself is not accessible).
 */
export function GraphCanvas({ data, label, onNodeClick, actionLabel = "Ouvrir" }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const clickRef = useRef(onNodeClick);
  clickRef.current = onNodeClick;
  const [listOpen, setListOpen] = useState(false);
  useEffect(() => {
    const element = container.current;
    if (!element) {
      return undefined;
    }
    const positions = ringPositions(data);
    const graph = drawableGraph(data, positions);
    let renderer: Sigma;
    try {
      renderer = new Sigma(graph, element, {
        renderEdgeLabels: false,
        ...PROGRAMS,
        ...rendererSettings(data.nodes.length),
      });
    } catch (error) {
      element.textContent = `Le dessin du graphe demande WebGL : ${String(error)}`;
      return undefined;
    }
    renderer.on("clickNode", ({ node }) => clickRef.current?.(node));
    (window as unknown as { __explorerSigma?: Sigma }).__explorerSigma = renderer;
    (window as unknown as { __explorerRendererSettings?: unknown }).__explorerRendererSettings =
      rendererSettings;
    element.dataset.layout = "rings";
    const cancel = layOutInWorker(data, positions, graph, () => {
      element.dataset.layout = "done";
    });
    return () => {
      cancel();
      renderer.kill();
    };
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
      <details
        class="node-list"
        onToggle={e => setListOpen((e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>Liste des nœuds du graphe ({data.nodes.length})</summary>
        {listOpen && (
          <ul>
            {data.nodes.slice(0, LISTED).map(n => (
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
        )}
        {data.nodes.length > LISTED && (
          <p class="muted">Les {LISTED} premiers nœuds sont listés.</p>
        )}
      </details>
    </div>
  );
}
