import path from "node:path";
import { type DocumentNode, execute, type GraphQLSchema, parse } from "graphql";
import type { Context } from "../../../src/context";
import { CypherRegistry, type Db } from "../../../src/db";
import { createSchema } from "../../../src/graphql/schema";
import { LoaderRegistry } from "../../../src/read/execute/loader-registry";
import { createLogger } from "../../../src/logging/logger";

/** One statement as the read path sends it to the database. */
export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/** What a translation produced: the statements in the order they ran, and any error codes. */
export interface Translation {
  statements: Statement[];
  errors?: string[];
}

/** Nested results as deep as a statement may read them (a page of one node at every level). */
const MAX_DEPTH = 8;

/** A nested aggregate as a statement returns it: a count and every groupBy list (`g0`…) empty. */
const AGGREGATE = {
  stats: { count: 1 },
  ...Object.fromEntries(Array.from({ length: 10 }, (_v, i) => [`g${i}`, []])),
};

/** One page item; its `sub` answers every nested result key (`c0`…) with a page of one node. */
function item(key: string, depth = 0): Record<string, unknown> {
  const sub =
    depth < MAX_DEPTH
      ? new Proxy(
          {},
          {
            get: (_target, name) =>
              typeof name === "string" && /^c\d+$/.test(name)
                ? { items: [item(`${key}.${name}`, depth + 1)], total: 1, aggregate: AGGREGATE }
                : undefined,
          },
        )
      : null;
  return { node: { key }, rels: [], sort: [key], sub };
}

/**
 * Answers a statement with one row shaped for whatever it returns (a page of one node, counts,
 * stats, no groups; one row per key of `$keys`), so that resolvers below the first level run and
 * any statement they send is recorded too. Search hits and suggestions read nothing.
 */
function answer(cypher: string, params: Record<string, unknown>): Array<Record<string, unknown>> {
  const columns = { items: [item("n1")], total: 1, count: 1, stats: { count: 1 }, groups: [] };
  const keys = Array.isArray(params.keys) ? (params.keys as string[]) : undefined;
  if (keys && cypher.startsWith("UNWIND $keys AS parentKey")) {
    return keys.map(parentKey => ({ parentKey, ...columns }));
  }
  if (keys && cypher.startsWith("UNWIND $keys AS k")) {
    return keys.map(key => ({ key, n: { key }, sub: item(key).sub }));
  }
  if (cypher.includes("db.index.fulltext") || cypher.includes("$label")) {
    return [];
  }
  return [columns];
}

let schema: Promise<GraphQLSchema> | undefined;
const cypherRegistry = CypherRegistry.load(path.join(__dirname, "../../../cypher"));

/**
 * Runs a GraphQL operation through the real schema and resolvers with a database stand-in that
 * records each statement and answers it with shaped rows: the operation goes in, the Cypher and
 * its parameters come out. No Neo4j is involved (the integration tests run the same operations
 * against one).
 */
export async function translate(
  query: string | DocumentNode,
  variables: Record<string, unknown> = {},
): Promise<Translation> {
  schema ??= createSchema();
  const statements: Statement[] = [];
  const db = {
    read: (cypher: string, params: Record<string, unknown> = {}) => {
      statements.push({ cypher, params });
      return Promise.resolve(answer(cypher, params));
    },
  } as unknown as Db;
  const context: Context = {
    requestId: "translation",
    db,
    cypher: cypherRegistry,
    logger: createLogger("silent"),
    statements: { statements: 0 },
    loaders: new LoaderRegistry(),
  };
  const result = await execute({
    schema: await schema,
    document: typeof query === "string" ? parse(query) : query,
    variableValues: variables,
    contextValue: context,
  });
  const errors = result.errors?.map(e => `${String(e.extensions.code)}: ${e.message}`);
  return errors ? { statements, errors } : { statements };
}
