import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import autocannon from "autocannon";

/** What run.ts hands to the load generator thread. */
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
 * autocannon in its own thread, so that generating and parsing the load does not share the
 * server's event loop (the direct-Cypher workers have no such load generator to carry).
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

/** {@link runLoad} in a worker thread running this file (see the note on runLoad). */
export function runLoadInWorker(job: LoadJob): Promise<LoadResult> {
  return new Promise<LoadResult>((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: job });
    worker.once("message", (result: LoadResult) => resolve(result));
    worker.once("error", reject);
    worker.once("exit", code => {
      if (code !== 0) {
        reject(new Error(`load generator exited with code ${code}`));
      }
    });
  });
}

if (!isMainThread) {
  runLoad(workerData as LoadJob).then(
    result => parentPort?.postMessage(result),
    (error: unknown) => {
      throw error;
    },
  );
}
