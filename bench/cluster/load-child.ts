import { type LoadJob, runLoad } from "../api/load-worker";

/**
 * The load generator in its own PROCESS (not a worker thread), so that the server process's CPU
 * time (`process.cpuUsage`) is the server's alone: the parent sends one job, gets the result.
 */
process.once("message", (job: LoadJob) => {
  runLoad(job).then(
    result => process.send?.(result, () => process.exit(0)),
    (error: unknown) => {
      process.stderr.write(`load generator failed: ${String(error)}\n`);
      process.exit(1);
    },
  );
});
