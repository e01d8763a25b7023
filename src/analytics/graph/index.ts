export * from "./projected-graph";
export * from "./articulation-points-and-bridges";
export * from "./pagerank";
export * from "./betweenness";
export * from "./communities";
export * from "./reachability";
export * from "./dependents-counts";
export * from "./k-shortest-paths";
