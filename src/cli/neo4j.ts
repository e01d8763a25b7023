import { loadConfig } from "../config";
import { createLogger } from "../logging/logger";
import { startLocalNeo4j } from "../neo4j-local";

/** `npm run neo4j`: runs the local Neo4j alone in the foreground (e.g. for Neo4j Browser). */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, "local-neo4j");
  const neo4j = await startLocalNeo4j({ ...config.local, password: config.neo4j.password }, logger);
  logger.info(
    {
      bolt: neo4j.uri,
      http: neo4j.httpUrl,
      username: neo4j.username,
      pid: neo4j.pid,
      passwordFile: `${config.local.dir}/password`,
    },
    "local Neo4j ready (Ctrl-C to stop)",
  );
  const stop = () => {
    void neo4j.stop().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  const code = await neo4j.exited;
  process.exit(code ?? 0);
}

main().catch(error => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
