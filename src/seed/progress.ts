import { SingleBar, Presets } from "cli-progress";
import type { Logger } from "../logging/logger";
import type { LoadProgress, LoadSummary } from "./load-snapshot";

/** A progress bar on a terminal; one plain line per ~10 % otherwise (CI logs, pipes). */
export function createProgress(
  logger: Logger,
  stream: NodeJS.WriteStream = process.stderr,
): LoadProgress {
  if (stream.isTTY) {
    const bar = new SingleBar(
      {
        format: "seed [{bar}] {percentage}% | {value}/{total} records | {label}",
        stream,
        hideCursor: true,
      },
      Presets.shades_classic,
    );
    return {
      scanned: (records, file) => logger.info({ records, file }, "seed: validating"),
      start: total => bar.start(total, 0, { label: "" }),
      advance: (done, label) => bar.update(done, { label }),
      stop: () => bar.stop(),
    };
  }
  let total = 0;
  let nextReport = 0;
  return {
    scanned: (records, file) => logger.info({ records, file }, "seed: validating"),
    start: t => {
      total = t;
      logger.info({ total }, "seed: loading records");
    },
    advance: (done, label) => {
      if (done >= nextReport || done === total) {
        logger.info({ done, total, label }, "seed: progress");
        nextReport = done + Math.max(1, Math.ceil(total / 10));
      }
    },
    stop: () => undefined,
  };
}

/** The end-of-load summary as a table (label/type, created, updated, unchanged, deleted). */
export function formatSummary(summary: LoadSummary): string {
  const lines = [
    summary.unchanged
      ? "The database already holds this snapshot: nothing changed."
      : `Snapshot loaded in ${(summary.durationMs / 1000).toFixed(1)} s.`,
    "",
    row(["nodes", "created", "updated", "unchanged", "deleted"]),
  ];
  for (const [label, c] of Object.entries(summary.nodes)) {
    lines.push(row([label, c.created, c.updated, c.unchanged, c.deleted]));
  }
  lines.push("", row(["relationships", "created", "updated", "unchanged", "deleted"]));
  for (const [type, c] of Object.entries(summary.relationships)) {
    lines.push(row([type, c.created, c.updated, c.unchanged, c.deleted]));
  }
  return lines.join("\n");
}

function row(cells: Array<string | number>): string {
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(22) : String(c).padStart(10))).join("");
}
