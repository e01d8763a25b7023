/**
 * Sigma settings by graph size. Software WebGL (headless Chromium, `--disable-gpu`, many
 * virtual machines) draws sigma's instanced programs (discs, arrows) slowly: past 500 nodes the
 * explorer draws nodes as points and edges as plain lines (one draw call, no instancing), shows
 * fewer labels, and hides edges and labels while the camera moves (sigma's own advice for large
 * graphs). bench:web applies the same values to its 2,000-node graph.
 */
import { NodePointProgram } from "sigma/rendering";

/** Past this many nodes a graph is drawn with the cheap programs. */
export const LARGE_GRAPH = 500;

/**
 * The programs the explorer may use (sigma always adds its discs, arrows and lines); the
 * defaults below choose between them by size.
 */
export const PROGRAMS = { nodeProgramClasses: { point: NodePointProgram } };

export function rendererSettings(nodes: number) {
  const large = nodes > LARGE_GRAPH;
  return {
    defaultNodeType: large ? "point" : "circle",
    defaultEdgeType: large ? "line" : "arrow",
    labelRenderedSizeThreshold: nodes > 300 ? 10 : 4,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
  };
}
