/**
 * The date the data describes, so that time-window analytics (active contributors, unmaintained
 * components, months since the last update) give the same answer tomorrow as today when the data
 * has not changed.
 *
 * The data's snapshot date is the most recent `snapshotDate` of the harvested sources in the
 * snapshot manifest that the seed loader recorded in the graph (`SeedState.manifest`). The
 * `curated` source is left out: its date is the day the project's curated file was last edited,
 * not a harvest of the data.
 */
import { READ_SEED_STATE } from "../../seed/statements";
import type { AnalyticsDeps } from "./subject";

/** How the `asOf` of an analytic was chosen (shown in `method.parameters.asOfBasis`). */
export type AsOfBasis = "argument" | "window end" | "data snapshot date" | "current date";

export interface ResolvedAsOf {
  /** YYYY-MM-DD (or the ISO date-time given by the client). */
  asOf: string;
  basis: AsOfBasis;
  /** A coverage note saying where the date comes from. */
  note: string;
}

/** Sources whose date is not a harvest date. */
const NOT_HARVESTED: ReadonlySet<string> = new Set(["curated"]);

/** The data's snapshot date from a recorded manifest (JSON text), or null when it has none. */
export function snapshotDateOf(manifest: string | null | undefined): string | null {
  if (!manifest) {
    return null;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(manifest);
  } catch {
    return null;
  }
  const builtFrom = (parsed as { builtFrom?: Record<string, { snapshotDate?: unknown }> })
    ?.builtFrom;
  const dates = Object.entries(builtFrom ?? {})
    .filter(([source]) => !NOT_HARVESTED.has(source))
    .map(([, s]) => s?.snapshotDate)
    .filter((d): d is string => typeof d === "string" && /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort();
  return dates.at(-1) ?? null;
}

/** The data's snapshot date as loaded into the graph, or null (graph not loaded by the seed loader). */
export async function readSnapshotDate(deps: AnalyticsDeps): Promise<string | null> {
  const [row] = await deps.db.read(READ_SEED_STATE);
  return snapshotDateOf(row?.manifest as string | null | undefined);
}

/**
 * The reference date of a time-window analytic: the client's `asOf`, else the end of its window,
 * else the data's snapshot date; the machine's clock only when the graph records no snapshot.
 */
export async function resolveAsOf(
  deps: AnalyticsDeps,
  given: { asOf?: string | null; to?: string | null },
): Promise<ResolvedAsOf> {
  if (given.asOf) {
    return { asOf: given.asOf, basis: "argument", note: `asOf ${given.asOf} given` };
  }
  if (given.to) {
    return { asOf: given.to, basis: "window end", note: `asOf = end of the window (${given.to})` };
  }
  const date = await readSnapshotDate(deps);
  if (date) {
    return {
      asOf: date,
      basis: "data snapshot date",
      note: `asOf = the data's snapshot date ${date} (latest harvest date of the loaded snapshot manifest), not the machine's clock`,
    };
  }
  const today = new Date().toISOString().slice(0, 10);
  return {
    asOf: today,
    basis: "current date",
    note: `no snapshot date recorded in the graph (not loaded by the seed loader): asOf = today (${today})`,
  };
}
