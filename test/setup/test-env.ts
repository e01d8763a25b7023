import path from "node:path";
import type { LocalNeo4j } from "../../src/neo4j-local";

export const TEST_NEO4J_DIR = path.resolve(
  __dirname,
  "..",
  "..",
  process.env.NEO4J_TEST_DIR ?? ".neo4j-test",
);
export const TEST_BOLT_PORT = Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7688);

export interface TestGlobals {
  __TEST_NEO4J__?: LocalNeo4j;
}
