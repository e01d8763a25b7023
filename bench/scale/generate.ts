/**
 * `node dist/bench/scale/generate.js --factor 10 --out .bench-scale/x10`: writes a synthetic
 * snapshot N× the committed one (see scale-snapshot.ts for how the shape is kept).
 */
import path from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { REPO_ROOT } from "../../src/paths";
import { scaleSnapshot } from "./scale-snapshot";

const wholeNumber = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new InvalidArgumentError("a whole number of at least 1");
  }
  return n;
};

const program = new Command()
  .name("bench-scale-generate")
  .description("Writes a synthetic snapshot N times the size of the real one")
  .requiredOption("--factor <n>", "scale factor", wholeNumber)
  .requiredOption("--out <dir>", "output folder (created)")
  .option("--from <dir>", "source snapshot", path.join(REPO_ROOT, "seed/snapshot"))
  .option("--hub-share <share>", "share of most-depended-on targets kept shared", parseFloat, 0.01);

async function main(): Promise<void> {
  program.parse();
  const o = program.opts<{ factor: number; out: string; from: string; hubShare: number }>();
  const started = Date.now();
  const summary = await scaleSnapshot(o.from, path.resolve(o.out), {
    factor: o.factor,
    hubShare: o.hubShare,
  });
  const total = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
  console.log(
    `${o.factor}×: ${total(summary.nodes)} nodes, ${total(summary.relationships)} relationships, ` +
      `${summary.hubs} shared hubs, written to ${o.out} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
