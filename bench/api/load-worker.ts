import { fork } from "node:child_process";
import autocannon from "autocannon";

/** What run.ts hands to the load generator process. */
export interface LoadJob {
  url: string;
  connections: number;
  seconds: number;
  requests: Array<{ method: "POST"; path: string; headers: Record<string, string>; body: string }>;
}

export interface LoadResult {
  latencies: number[];
  errors: number;
}

/**
 * autocannon in its own process (forked by run.ts), so that generating and parsing the load
 * neither shares the server's event loop nor counts in the server process's CPU time.
 */
export async function runLoad(job: LoadJob): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: job.url,
        connections: job.connections,
        duration: job.seconds,
        requests: job.requests,
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, statusCode: number, _bytes, responseTime: number) => {
      latencies.push(responseTime);
      errors += statusCode === 200 ? 0 : 1;
    });
  });
  errors += result.errors + result.timeouts;
  return { latencies, errors };
}

/** {@link runLoad} in a child process running this file (what run.ts and bench:scale use). */
export function runLoadInWorker(job: LoadJob): Promise<LoadResult> {
  return new Promise<LoadResult>((resolve, reject) => {
    const child = fork(__filename, [], { stdio: "inherit" });
    let result: LoadResult | undefined;
    child.once("message", (message: LoadResult) => {
      result = message;
    });
    child.once("error", reject);
    child.once("exit", code => {
      if (result) {
        resolve(result);
      } else {
        reject(new Error(`load generator exited with code ${code}`));
      }
    });
    child.send(job);
  });
}

if (require.main === module && process.send) {
  process.once("message", (job: LoadJob) => {
    runLoad(job).then(
      result => process.send?.(result, () => process.exit(0)),
      (error: unknown) => {
        process.stderr.write(`load generator failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  });
}
