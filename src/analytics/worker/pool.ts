import path from "node:path";
import Piscina from "piscina";
import type { SpofStructure, SpofStructureInput } from "../graph/spof-structure";

const compiled = __filename.endsWith(".js");

/**
 * Worker threads are used by the compiled server (`npm start`, dist/). From the TypeScript sources
 * under jest the heavy work runs inline: a piscina task started inside jest's module sandbox never
 * completes. The worker itself is tested from a plain Node process (test/unit/services).
 */
export const WORKERS_AVAILABLE = compiled;

/**
 * Worker threads for the CPU-bound graph algorithms (piscina). Threads start on demand and exit
 * when idle; at most `threads` run at once (the admission of work is HeavyWork's job).
 */
export class AnalyticsPool {
  private readonly pool: Piscina;

  constructor(threads: number) {
    this.pool = new Piscina({
      filename: path.join(__dirname, compiled ? "structure.worker.js" : "ts-worker.cjs"),
      workerData: { entry: path.join(__dirname, "structure.worker.ts") },
      minThreads: 0,
      maxThreads: threads,
      idleTimeout: 60_000,
    });
  }

  spofStructure(input: SpofStructureInput, signal?: AbortSignal): Promise<SpofStructure> {
    return this.pool.run(input, { signal }) as Promise<SpofStructure>;
  }

  destroy(): Promise<void> {
    return this.pool.destroy();
  }
}
