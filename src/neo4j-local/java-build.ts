import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Logger } from "../logging/logger";

import { NEO4J_MODULE_DIR } from "../paths";
const CLASSPATH_FILE = path.join(NEO4J_MODULE_DIR, "target", "classpath.txt");
const LAUNCHER_SOURCE = path.join(
  NEO4J_MODULE_DIR,
  "src/main/java/fr/numerique/graph/neo4j/LocalNeo4j.java",
);

/** Fails with a clear message when a required command is not on the PATH. */
export function requireCommand(command: string, versionArg: string, hint: string): void {
  const result = spawnSync(command, [versionArg], { stdio: "ignore" });
  if (result.error || result.status !== 0) {
    throw new Error(`'${command}' was not found on the PATH: ${hint}`);
  }
}

function isUpToDate(): boolean {
  if (!existsSync(CLASSPATH_FILE)) {
    return false;
  }
  const built = statSync(CLASSPATH_FILE).mtimeMs;
  const sources = [path.join(NEO4J_MODULE_DIR, "pom.xml"), LAUNCHER_SOURCE];
  return sources.every(file => statSync(file).mtimeMs <= built);
}

/**
 * Compiles the launcher and resolves Neo4j's jars through Maven (downloaded once into ~/.m2),
 * then returns the Java classpath. Later calls are instant while nothing changed.
 */
export async function ensureLauncherBuilt(logger: Logger): Promise<string> {
  requireCommand(
    "java",
    "-version",
    "install a JDK 17 (e.g. apt-get install openjdk-17-jdk-headless)",
  );
  if (!isUpToDate()) {
    requireCommand("mvn", "-v", "install Maven (e.g. apt-get install maven)");
    logger.info(
      "building the local Neo4j launcher (the first time fetches Neo4j 5.26 from Maven Central)",
    );
    await runMaven(logger);
  }
  const jars = readFileSync(CLASSPATH_FILE, "utf8").trim();
  return [path.join(NEO4J_MODULE_DIR, "target", "classes"), jars].join(path.delimiter);
}

function runMaven(logger: Logger): Promise<void> {
  return new Promise((resolve, reject) => {
    const mvn = spawn(
      "mvn",
      [
        "-B",
        "-ntp",
        "-Dstyle.color=never",
        "-f",
        path.join(NEO4J_MODULE_DIR, "pom.xml"),
        "compile",
      ],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const tail: string[] = [];
    const onLine = (chunk: Buffer) => {
      for (const line of chunk.toString().split("\n")) {
        if (line.trim()) {
          tail.push(line);
          tail.splice(0, Math.max(0, tail.length - 30));
          if (/Downloading|Downloaded|BUILD|ERROR/.test(line)) {
            logger.info({ maven: line.slice(0, 200) }, "maven");
          }
        }
      }
    };
    mvn.stdout.on("data", onLine);
    mvn.stderr.on("data", onLine);
    mvn.on("error", reject);
    mvn.on("close", code =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `Maven failed to build the Neo4j launcher (exit ${code}):\n${tail.join("\n")}`,
            ),
          ),
    );
  });
}
