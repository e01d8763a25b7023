import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import readline from "node:readline";

const ROOT = path.resolve(__dirname, "..", "..");

export interface ServerProcess {
  child: ChildProcess;
  /** The server's JSON log lines so far. */
  messages: Array<Record<string, unknown>>;
  /** http://host:port, without a path. */
  baseUrl: string;
  exit: Promise<number | null>;
}

/**
 * Runs the compiled server (`npm start`'s command, built by the global setup) as a real process
 * on a free port, in development mode (Apollo's own signal handling active, as under `npm start`);
 * resolves once it logged "GraphQL server ready".
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, "dist/src/index.js")], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "development",
      PORT: "0",
      LOG_LEVEL: "info",
      SEED_ON_EMPTY: "false",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const messages: Array<Record<string, unknown>> = [];
  const exit = new Promise<number | null>(resolve => child.on("exit", code => resolve(code)));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).on("line", line => {
      try {
        const message = JSON.parse(line) as Record<string, unknown>;
        messages.push(message);
        if (message.msg === "GraphQL server ready") {
          resolve(String(message.url).replace(/\/graphql$/, ""));
        }
      } catch {
        // the seed summary table is plain text
      }
    });
    void exit.then(code => reject(new Error(`server exited during start-up (${code})`)));
  });
  return { child, messages, baseUrl, exit };
}
