import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { Config } from "../config";
import type { Context } from "../context";
import type { CypherRegistry, Db } from "../db";
import { makeFormatError } from "../graphql/format-error";
import { httpStatusPlugin } from "../graphql/http-status.plugin";
import { jitExecutionPlugin } from "../graphql/jit-execution.plugin";
import { limitsPlugin } from "../graphql/limits/limits.plugin";
import { MAX_PAGE_SIZE, LoaderRegistry } from "../read";
import { createSchema } from "../graphql/schema";
import { AnalyticsPool, WORKERS_AVAILABLE } from "../analytics/worker/pool";
import { HeavyWork } from "../services/analytics/heavy-work";
import type { Logger } from "../logging/logger";
import { WEB_DIST_DIR } from "../paths";
import { corsMiddleware } from "./cors";
import { healthRouter, type ReadinessCheck } from "./health";
import { ideRouter } from "./ide";
import { WARM_UP_OPERATIONS } from "./readiness";
import { inFlightLimit } from "./in-flight";
import { sdlRouter } from "./sdl";
import { requestLog } from "./request-log";
import { webRouter } from "./web";

export interface ServerDeps {
  config: Config;
  logger: Logger;
  db: Db;
  cypher: CypherRegistry;
  ready: ReadinessCheck;
  /** Where the explorer's build is (default dist/web); none = the explorer is not served. */
  webDir?: string;
}

export interface RunningServer {
  url: string;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** Runs the warm-up operations in process (readiness waits for them). */
  warmUp(): Promise<void>;
  /** Stops accepting connections and waits for in-flight requests (not the driver). */
  stop(): Promise<void>;
}

export const GRAPHQL_PATH = "/graphql";

/**
 * Builds the HTTP server: /graphql, /healthz, /readyz, (when enabled) the /ide GraphiQL and the
 * explorer at / (when built).
 */
export async function startServer(deps: ServerDeps): Promise<RunningServer> {
  const { config, logger } = deps;
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  const pool = WORKERS_AVAILABLE ? new AnalyticsPool(config.heavy.concurrency) : undefined;
  // a computation may outlive the request that started it (the next ones find it cached)
  const heavy = new HeavyWork(
    {
      ...config.heavy,
      budgetMs: 4 * config.neo4j.queryTimeoutMs,
      waitMs: config.neo4j.queryTimeoutMs,
    },
    deps.db,
    pool,
  );
  const schema = await createSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.graphql.introspection,
    includeStacktraceInErrorResponses: false,
    // shutdown is ours (drain, driver, local Neo4j): Apollo must not re-raise the signal
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    formatError: makeFormatError(logger),
    parseOptions: { maxTokens: config.graphql.maxTokens },
    plugins: [
      ApolloServerPluginDrainHttpServer({
        httpServer,
        stopGracePeriodMillis: config.http.shutdownGraceMs,
      }),
      ApolloServerPluginLandingPageDisabled(),
      // no HTTP cache hints are served: without this, Apollo wraps every field's resolver
      ApolloServerPluginCacheControlDisabled(),
      limitsPlugin({ ...config.graphql, maxPageSize: MAX_PAGE_SIZE }),
      httpStatusPlugin(),
      ...(config.graphql.jit ? [jitExecutionPlugin(schema)] : []),
    ],
  });
  await apollo.start();

  const makeContext = (requestId: string, operationName?: string): Context => {
    const statements = { statements: 0 };
    return {
      requestId,
      db: deps.db.scoped({
        requestId,
        operationName,
        counter: statements,
        deadline: Date.now() + config.neo4j.queryTimeoutMs,
      }),
      cypher: deps.cypher,
      logger: logger.child({ requestId }),
      statements,
      loaders: new LoaderRegistry(),
      heavy,
    };
  };

  app.use((_req, res, next) => {
    res.setHeader("x-request-id", randomUUID());
    next();
  });
  app.use(requestLog(logger));
  if (config.graphql.introspection) {
    app.use(sdlRouter(schema));
  }
  // the GraphQL route first: every other route would otherwise be matched on each query
  app.use(
    GRAPHQL_PATH,
    ...corsMiddleware(config.http.corsOrigins),
    inFlightLimit(config.http.maxInFlight),
    express.json({ limit: bodyLimitBytes(config.http.bodyLimit) }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const body = req.body as { operationName?: unknown } | undefined;
        const operationName =
          typeof body?.operationName === "string" ? body.operationName : undefined;
        return makeContext(String(res.getHeader("x-request-id")), operationName);
      },
    }),
  );
  app.use(healthRouter(deps.ready));
  if (config.graphql.ide) {
    app.use(ideRouter(GRAPHQL_PATH));
  }
  const web = webRouter(deps.webDir ?? WEB_DIST_DIR);
  if (web) {
    app.use(web);
  } else if (config.graphql.ide) {
    app.get("/", (_req, res) => res.redirect("/ide"));
  }
  app.use(bodyErrorHandler);

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.http.port, config.http.host, () => resolve());
  });
  const address = httpServer.address() as AddressInfo;
  const url = `http://${address.address}:${address.port}`;
  return {
    url,
    httpServer,
    apollo,
    warmUp: async () => {
      for (const query of WARM_UP_OPERATIONS) {
        const response = await apollo.executeOperation(
          { query },
          { contextValue: makeContext(`warm-up-${randomUUID()}`, "warm-up") },
        );
        const errors = response.body.kind === "single" ? response.body.singleResult.errors : [];
        if (errors?.length) {
          throw new Error(`warm-up query failed: ${errors[0]?.message}`);
        }
      }
    },
    stop: async () => {
      await apollo.stop();
      await pool?.destroy();
    },
  };
}

/**
 * The config speaks `256k`/`1m`; body-parser's `bytes` reads `256k` as 256 BYTES (it wants `kb`),
 * which refused every real query. Convert to a byte count.
 */
export function bodyLimitBytes(limit: string): number {
  const match = /^(\d+)\s*([kmg]?)b?$/i.exec(limit.trim());
  if (!match) {
    throw new Error(`invalid body limit '${limit}'`);
  }
  const unit = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(match[2] ?? "").toLowerCase()] ?? 1;
  return Number(match[1]) * unit;
}

/** Malformed JSON and oversized bodies get a clear JSON error instead of an HTML page. */
function bodyErrorHandler(
  error: { type?: string; status?: number; message?: string },
  _req: express.Request,
  res: express.Response,
  next: express.NextFunction,
): void {
  if (error.type === "entity.too.large") {
    res.status(413).json({
      errors: [{ message: "Request body too large", extensions: { code: "BAD_REQUEST" } }],
    });
    return;
  }
  if (error.type === "entity.parse.failed") {
    res
      .status(400)
      .json({ errors: [{ message: "Malformed JSON body", extensions: { code: "BAD_REQUEST" } }] });
    return;
  }
  next(error);
}
