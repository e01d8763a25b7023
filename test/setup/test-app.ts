import { readFileSync } from "node:fs";
import path from "node:path";
import { type App, type AppHooks, startApp } from "../../src/app";
import { loadConfig } from "../../src/config";
import { createLogger } from "../../src/logging/logger";

/** The real server on a free port, against the test Neo4j (or any NEO4J_URI given), warmed up. */
export async function startTestApp(
  env: NodeJS.ProcessEnv = {},
  hooks: AppHooks = {},
): Promise<App> {
  const config = loadConfig({ ...process.env, PORT: "0", SEED_ON_EMPTY: "false", ...env });
  const app = await startApp(config, createLogger(process.env.TEST_LOG_LEVEL ?? "silent"), hooks);
  await app.readiness.startWarmUp(); // /readyz is 200 from here on, as a load balancer would wait
  return app;
}

export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  data?: TData | null;
  errors?: Array<{
    message: string;
    extensions?: { code?: string } & Record<string, unknown>;
    path?: unknown;
  }>;
  extensions?: Record<string, unknown>;
}

/** POSTs one operation to /graphql over HTTP, as a client would. */
export async function gql<TData = Record<string, unknown>>(
  app: App,
  query: string,
  variables: Record<string, unknown> = {},
  operationName?: string,
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(`${app.server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables, operationName }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<TData>, "status">;
  return { status: response.status, ...body };
}

/** The text of a committed operation document, test/operations/<name>.graphql (codegen input). */
export function operation(name: string): string {
  return readFileSync(path.join(__dirname, "..", "operations", `${name}.graphql`), "utf8");
}
