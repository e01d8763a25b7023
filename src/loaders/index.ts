export * from "./loader-registry";
export * from "./node-loader";
