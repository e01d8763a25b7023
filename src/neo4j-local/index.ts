export * from "./local-neo4j";
export { ensureLauncherBuilt } from "./java-build";
export * from "./supervisor";
