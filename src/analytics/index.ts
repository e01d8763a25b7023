/**
 * Pure, database-free analytics: the GraphQL analytics resolvers extract small tables or subgraphs
 * with Cypher and call these functions. Every result carries a {@link Method}.
 */
export * from "./method";
export * from "./dates";
export * from "./top-k-share";
export * from "./concentration";
export * from "./critical-mass.types";
export * from "./critical-mass-aggregate";
export * from "./critical-mass-verdict";
export * from "./critical-mass";
export * from "./criticality-profiles";
export * from "./criticality";
export * from "./licence";
export * from "./sovereignty.types";
export * from "./sovereignty-rules";
export * from "./sovereignty";
export * from "./reuse";
export * from "./graph";
export * from "./coverage";
