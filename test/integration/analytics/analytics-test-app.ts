/** Shared set-up of the analytics integration tests: a wiped test Neo4j, a graph and the server. */
import type { App } from "../../../src/app";
import { gql, startTestApp, type GraphQLResponse } from "../../setup/test-app";
import { openTestDb, type TestDb } from "../../setup/test-db";

export interface AnalyticsTestEnv {
  app: App;
  testDb: TestDb;
  /** Runs a query and fails with the errors when there are any. */
  data<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Runs a query expected to fail; returns its first error. */
  error(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<NonNullable<GraphQLResponse["errors"]>[number]>;
}

/** Wipes the test database, runs `load`, starts the server (explicit body limit in bytes). */
export async function setUpAnalytics(
  load: (testDb: TestDb) => Promise<void>,
): Promise<AnalyticsTestEnv> {
  const testDb = await openTestDb();
  await testDb.wipe();
  await load(testDb);
  const app = await startTestApp({ GRAPHQL_BODY_LIMIT: "1048576" });
  return {
    app,
    testDb,
    async data<T>(query: string, variables: Record<string, unknown> = {}) {
      const r = await gql<T>(app, query, variables);
      if (r.errors) {
        throw new Error(JSON.stringify(r.errors));
      }
      return r.data as T;
    },
    async error(query: string, variables: Record<string, unknown> = {}) {
      const r = await gql(app, query, variables);
      const first = r.errors?.[0];
      if (!first) {
        throw new Error(`expected an error, got ${JSON.stringify(r.data)}`);
      }
      return first;
    },
  };
}

export async function tearDownAnalytics(env: AnalyticsTestEnv | undefined): Promise<void> {
  await env?.app.stop();
  await env?.testDb.close();
}

export const keys = (list: Array<{ key: string }>): string[] => list.map(x => x.key);
