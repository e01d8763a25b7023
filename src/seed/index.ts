export * from "./graph-vocabulary";
export * from "./load-snapshot";
export * from "./progress";
