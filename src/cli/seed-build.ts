import path from "node:path";
import { Command } from "commander";
import { buildSnapshot } from "../importers/build";
import { type UnresolvedReport } from "../importers/core/report";
import { diffSnapshot, writeSnapshot } from "../importers/snapshot/writer";
import { type Manifest } from "../importers/snapshot-format";
import { REPO_ROOT } from "../paths";
import { DEFAULT_SNAPSHOT_DIR } from "../model";

function printSummary(manifest: Manifest, unresolved: UnresolvedReport): void {
  const lines: string[] = ["Nodes:"];
  for (const [label, n] of Object.entries(manifest.counts.nodes)) {
    lines.push(`  ${label.padEnd(22)} ${String(n).padStart(7)}`);
  }
  lines.push("Relationships:");
  for (const [type, n] of Object.entries(manifest.counts.relationships)) {
    lines.push(`  ${type.padEnd(22)} ${String(n).padStart(7)}`);
  }
  lines.push("Unresolved:");
  for (const [name, c] of Object.entries(unresolved.categories)) {
    lines.push(`  ${name.padEnd(36)} ${String(c.count).padStart(6)}  ${c.description}`);
  }
  lines.push(`Rejected records: ${unresolved.rejected.length}`);
  for (const r of unresolved.rejected.slice(0, 20)) {
    lines.push(`  ${r.file}: ${r.record}: ${r.reason}`);
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}

async function main(): Promise<void> {
  const program = new Command()
    .name("seed-build")
    .description(
      `Build the seed snapshot (${DEFAULT_SNAPSHOT_DIR}) from the raw public data folder`,
    )
    .option("--data <dir>", "raw data folder (shared/data)", "../shared/data")
    .option("--out <dir>", "snapshot output folder", DEFAULT_SNAPSHOT_DIR)
    .option(
      "--seed <dir>",
      "folder holding curated.yml and aliases.yml",
      path.join(REPO_ROOT, "seed"),
    )
    .option("--check", "rebuild in memory and fail if the committed snapshot differs", false)
    .option(
      "--strict",
      "fail on the first malformed record instead of skipping and reporting it",
      false,
    )
    .parse();
  const opts = program.opts<{
    data: string;
    out: string;
    seed: string;
    check: boolean;
    strict: boolean;
  }>();
  const dataDir = path.resolve(opts.data);
  const outDir = path.resolve(opts.out);
  const result = await buildSnapshot({
    dataDir,
    seedDir: path.resolve(opts.seed),
    strict: opts.strict,
  });
  printSummary(result.manifest, result.unresolved);
  if (opts.check) {
    const diffs = diffSnapshot(outDir, result.files);
    if (diffs.length > 0) {
      process.stderr.write(
        `seed-build --check: the snapshot in ${outDir} is out of date:\n  ${diffs.slice(0, 20).join("\n  ")}\n`,
      );
      process.exitCode = 1;
      return;
    }
    process.stdout.write(
      `seed-build --check: ${outDir} is up to date (${result.files.size} files)\n`,
    );
    return;
  }
  writeSnapshot(outDir, result.files);
  process.stdout.write(`wrote ${result.files.size} files to ${outDir}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`seed-build: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
