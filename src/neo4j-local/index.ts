export * from "./local-neo4j";
export { ensureLauncherBuilt } from "./java-build";
