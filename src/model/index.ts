export * from "./snapshot-files";
export * from "./vocabulary";
