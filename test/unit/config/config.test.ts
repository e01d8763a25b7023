import { ConfigError, loadConfig } from "../../../src/config";

describe("loadConfig", () => {
  describe("valid", () => {
    test("defaults start a local Neo4j and serve on 127.0.0.1:4000", () => {
      const config = loadConfig({});
      expect(config.neo4j.uri).toBeUndefined();
      expect(config.http).toEqual({
        host: "127.0.0.1",
        port: 4000,
        bodyLimit: "256k",
        corsOrigins: [],
        maxInFlight: 200,
        shutdownGraceMs: 20_000,
        workers: 1,
      });
      expect(config.local.boltPort).toBe(7687);
      expect(config.graphql.introspection).toBe(true);
    });

    test("accepts routing URIs for clusters and Aura", () => {
      const config = loadConfig({
        NEO4J_URI: "neo4j+s://abc.databases.neo4j.io",
        NEO4J_PASSWORD: "secret",
      });
      expect(config.neo4j.uri).toBe("neo4j+s://abc.databases.neo4j.io");
      for (const uri of ["neo4j://core1:7687", "bolt://db:7687", "bolt+s://db:7687"]) {
        expect(loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: "x" }).neo4j.uri).toBe(uri);
      }
    });

    test("read-only API replicas: NEO4J_READ_ONLY (default off)", () => {
      expect(loadConfig({}).neo4j.readOnly).toBe(false);
      expect(loadConfig({ NEO4J_READ_ONLY: "true" }).neo4j.readOnly).toBe(true);
    });

    test("production turns introspection and the IDE off unless asked", () => {
      expect(loadConfig({ NODE_ENV: "production" }).graphql).toMatchObject({
        introspection: false,
        ide: false,
      });
      expect(loadConfig({ NODE_ENV: "production", GRAPHQL_IDE: "true" }).graphql.ide).toBe(true);
    });

    test("blank variables count as unset", () => {
      expect(loadConfig({ PORT: "" }).http.port).toBe(4000);
    });
  });

  describe("invalid", () => {
    const problems = (env: NodeJS.ProcessEnv): string[] => {
      try {
        loadConfig(env);
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as ConfigError).problems;
      }
      throw new Error("expected a ConfigError");
    };

    test("names the bad variable", () => {
      expect(problems({ PORT: "eighty" })).toEqual([expect.stringMatching(/^PORT: /)]);
      expect(problems({ NEO4J_URI: "http://localhost:7474", NEO4J_PASSWORD: "x" })).toEqual([
        expect.stringMatching(/^NEO4J_URI: expected a neo4j:\/\/ or bolt:\/\/ URI/),
      ]);
    });

    test("WEB_CONCURRENCY is a whole number of workers, 1…64 (default 1)", () => {
      expect(loadConfig({}).http.workers).toBe(1);
      expect(loadConfig({ WEB_CONCURRENCY: "4" }).http.workers).toBe(4);
      for (const bad of ["0", "65", "2.5", "many"]) {
        expect(problems({ WEB_CONCURRENCY: bad })).toEqual([
          expect.stringMatching(/^WEB_CONCURRENCY: .*API worker process/),
        ]);
      }
    });

    test("requires a password with NEO4J_URI", () => {
      expect(problems({ NEO4J_URI: "bolt://db:7687" })).toEqual([
        "NEO4J_PASSWORD: required when NEO4J_URI is set",
      ]);
    });

    test("reports every bad variable at once", () => {
      const found = problems({ PORT: "-1", LOG_LEVEL: "loud", NEO4J_LOCAL_HEAP: "lots" });
      expect(found.map(p => p.split(":")[0]).sort()).toEqual([
        "LOG_LEVEL",
        "NEO4J_LOCAL_HEAP",
        "PORT",
      ]);
    });
  });
});
