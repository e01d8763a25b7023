export * from "./cypher-registry";
export * from "./db";
export * from "./driver";
export * from "./errors";
export * from "./published-slot";
export * from "./schema";
export * from "./to-native";
export type { Driver } from "neo4j-driver";
