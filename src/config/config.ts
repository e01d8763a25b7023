import { z } from "zod";
import { DEFAULT_SNAPSHOT_DIR } from "../model/snapshot-files";

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);
const portOrOff = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
const bool = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0", "yes", "no"])
    .default(fallback ? "true" : "false")
    .transform(v => v === "true" || v === "1" || v === "yes");
const size = z.string().regex(/^\d+[kmgKMG]?$/, "expected a size such as 512m or 1g");

/**
 * Every setting the server reads, with its default. The environment is read and validated here and
 * nowhere else; see `.env.example` and the README for the meaning of each variable.
 */
const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    HOST: z.string().min(1).default("127.0.0.1"),
    /** 0 = any free port (tests). */
    PORT: portOrOff(4000),
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
      .default("info"),

    NEO4J_URI: z
      .string()
      .regex(
        /^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/.+/,
        "expected a neo4j:// or bolt:// URI",
      )
      .optional(),
    NEO4J_USERNAME: z.string().min(1).default("neo4j"),
    NEO4J_PASSWORD: z.string().min(1).optional(),
    NEO4J_DATABASE: z.string().min(1).default("neo4j"),
    NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
    NEO4J_CONNECTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
    /** The server never writes (no schema step, no seed): for a read-only database user. */
    NEO4J_READ_ONLY: bool(false),

    NEO4J_LOCAL_DIR: z.string().min(1).default(".neo4j"),
    NEO4J_LOCAL_BOLT_PORT: port(7687),
    NEO4J_LOCAL_HTTP_PORT: portOrOff(7474),
    NEO4J_LOCAL_HEAP: size.default("1g"),
    NEO4J_LOCAL_PAGECACHE: size.default("256m"),

    SEED_ON_EMPTY: bool(true),
    SEED_DIR: z.string().min(1).default(DEFAULT_SNAPSHOT_DIR),

    GRAPHQL_INTROSPECTION: bool(true),
    GRAPHQL_IDE: bool(true),
    /**
     * Precompiled execution (graphql-jit) of repeated queries. Off by default until bench:api
     * (BENCH_COMPARE_JIT=1) shows a gain on a quiet machine: see README, Benchmarks.
     */
    GRAPHQL_JIT: bool(false),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(1).max(100).default(12),
    GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(30),
    GRAPHQL_MAX_FIELDS: z.coerce.number().int().min(1).max(100_000).default(500),
    GRAPHQL_MAX_COST: z.coerce.number().int().min(1).max(100_000_000).default(50_000),
    GRAPHQL_BODY_LIMIT: size.default("256k"),

    /** Comma-separated origins allowed to call the API from a browser (CORS); empty = none. */
    CORS_ORIGINS: z
      .string()
      .default("")
      .transform(v =>
        v
          .split(",")
          .map(x => x.trim())
          .filter(x => x !== ""),
      )
      .pipe(
        z.array(
          z
            .string()
            .regex(
              /^https?:\/\/[^/\s?#]+$/,
              "expected origins such as https://app.example.fr (scheme, host and port; no path)",
            ),
        ),
      ),
    GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(5_000),
    GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(0).max(10_000).default(50),
    GRAPHQL_MAX_INPUT_SIZE: z.coerce.number().int().min(10).max(1_000_000).default(1_000),

    /** API worker processes (node:cluster) sharing the port; 1 = one process, no cluster. */
    WEB_CONCURRENCY: z.coerce
      .number({ invalid_type_error: "expected a number of API worker processes (1…64)" })
      .int("expected a whole number of API worker processes (1…64)")
      .min(1, "at least 1 API worker process")
      .max(64, "at most 64 API worker processes")
      .default(1),
    /** Requests served at once by this process; beyond, 503 + Retry-After at once. */
    MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(100_000).default(200),
    /** Heavy analytics computed at once (worker threads), and how many may wait for a slot. */
    HEAVY_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
    HEAVY_QUEUE: z.coerce.number().int().min(0).max(1_000).default(4),
    /** How long SIGTERM waits for in-flight requests before closing their connections. */
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(20_000),
    /** Restarts of a local Neo4j that exits unexpectedly, in a row, before giving up. */
    NEO4J_LOCAL_RESTARTS: z.coerce.number().int().min(0).max(100).default(5),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["NEO4J_PASSWORD"],
        message: "required when NEO4J_URI is set",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export interface Config {
  env: Env["NODE_ENV"];
  http: {
    host: string;
    port: number;
    bodyLimit: string;
    maxInFlight: number;
    shutdownGraceMs: number;
    /** API worker processes sharing the port (WEB_CONCURRENCY); 1 = this process serves. */
    workers: number;
    corsOrigins: string[];
  };
  heavy: { concurrency: number; queue: number };
  logLevel: Env["LOG_LEVEL"];
  neo4j: {
    /** Undefined when the local launcher must start a Neo4j. */
    uri?: string;
    username: string;
    password?: string;
    database: string;
    queryTimeoutMs: number;
    connectionTimeoutMs: number;
    /** No schema step at start and no seed on empty: the process only reads. */
    readOnly: boolean;
  };
  local: {
    dir: string;
    boltPort: number;
    httpPort: number;
    heap: string;
    pageCache: string;
    maxRestarts: number;
  };
  seed: { onEmpty: boolean; dir: string };
  graphql: {
    introspection: boolean;
    ide: boolean;
    jit: boolean;
    maxDepth: number;
    maxAliases: number;
    maxFields: number;
    maxCost: number;
    maxTokens: number;
    maxDirectives: number;
    maxInputSize: number;
  };
}

/** Thrown with one line per bad variable, each naming the variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map(p => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Reads and validates the configuration from an environment (process.env by default). */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(blankToUndefined(source));
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        issue => `${issue.path.join(".") || "environment"}: ${issue.message}`,
      ),
    );
  }
  const e = parsed.data;
  const production = e.NODE_ENV === "production";
  return {
    env: e.NODE_ENV,
    http: {
      host: e.HOST,
      port: e.PORT,
      bodyLimit: e.GRAPHQL_BODY_LIMIT,
      corsOrigins: e.CORS_ORIGINS,
      maxInFlight: e.MAX_IN_FLIGHT,
      shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
      workers: e.WEB_CONCURRENCY,
    },
    heavy: { concurrency: e.HEAVY_CONCURRENCY, queue: e.HEAVY_QUEUE },
    logLevel: e.LOG_LEVEL,
    neo4j: {
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
      connectionTimeoutMs: e.NEO4J_CONNECTION_TIMEOUT_MS,
      readOnly: e.NEO4J_READ_ONLY,
    },
    local: {
      dir: e.NEO4J_LOCAL_DIR,
      boltPort: e.NEO4J_LOCAL_BOLT_PORT,
      httpPort: e.NEO4J_LOCAL_HTTP_PORT,
      heap: e.NEO4J_LOCAL_HEAP,
      pageCache: e.NEO4J_LOCAL_PAGECACHE,
      maxRestarts: e.NEO4J_LOCAL_RESTARTS,
    },
    seed: { onEmpty: e.SEED_ON_EMPTY, dir: e.SEED_DIR },
    graphql: {
      // explicit settings win; otherwise on in development, off in production
      introspection: source.GRAPHQL_INTROSPECTION ? e.GRAPHQL_INTROSPECTION : !production,
      ide: source.GRAPHQL_IDE ? e.GRAPHQL_IDE : !production,
      jit: e.GRAPHQL_JIT,
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxFields: e.GRAPHQL_MAX_FIELDS,
      maxCost: e.GRAPHQL_MAX_COST,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      maxDirectives: e.GRAPHQL_MAX_DIRECTIVES,
      maxInputSize: e.GRAPHQL_MAX_INPUT_SIZE,
    },
  };
}

function blankToUndefined(source: NodeJS.ProcessEnv): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(source)) {
    out[k] = v === "" ? undefined : v;
  }
  return out;
}
