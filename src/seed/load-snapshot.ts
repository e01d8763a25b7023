import { invalidatePublishedSlot, type Db } from "../db";
import type { Snapshot } from "../importers/snapshot-format";
import { asSource, type SnapshotSource } from "../importers/snapshot-source";
import { planLoad, type Plan } from "./plan-load";
import { BULK_TIMEOUT_MS, type Counts, emptyChange, SlotWriter } from "./slot-writer";
import * as S from "./statements";
import { NODE_LABELS } from "./graph-vocabulary";

export interface Change {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

export interface LoadSummary {
  hash: string;
  nodes: Record<string, Change>;
  relationships: Record<string, Change>;
  /** True when the database already held exactly this snapshot. */
  unchanged: boolean;
  durationMs: number;
}

export interface LoadProgress {
  /** The first pass (validation, hash) has read `records` records so far, now in `file`. */
  scanned?(records: number, file: string): void;
  start(total: number): void;
  advance(done: number, label: string): void;
  stop(): void;
}

export interface LoadOptions {
  /** Records per UNWIND statement. */
  batchSize?: number;
  /** Records per write transaction (several statements); bounds the transaction's memory. */
  recordsPerTransaction?: number;
  /** Node transactions in flight at once (default 1; relationships are always one at a time). */
  nodeConcurrency?: number;
  progress?: LoadProgress;
  /** Called after each batch; throwing aborts the load, which readers never see (used by tests). */
  afterBatch?: (batches: number) => void;
  /** Awaited after each committed transaction of the staged slot (tests pause a load there). */
  afterTransaction?: (transactions: number) => Promise<void> | void;
  /**
   * Post-load steps run on the staged slot before the publish (search keys): `db` sees that slot.
   * Returns the names of the steps done, recorded with the publish.
   */
  beforePublish?: (db: Db) => Promise<string[]>;
  /**
   * How long the previous slot stays after the publish before it is deleted, so that a request or
   * a replica still reading it is not cut off (default 0; `npm run seed` waits 15 s).
   */
  graceMs?: number;
}

export const DEFAULT_RECORDS_PER_TRANSACTION = 20_000;
export const DEFAULT_BATCH_SIZE = 5_000;

/**
 * Loads a snapshot, all or nothing, in as many write transactions as its size needs (blue/green,
 * see docs/loading.md): a changed snapshot is written in full into the slot readers do not see,
 * then published in one small transaction that switches the slot and bumps the version; the
 * previous slot is deleted afterwards. A failed or killed load leaves the published graph as it
 * was (its leftovers are cleared by the next load). Idempotent: the same snapshot writes nothing.
 */
export async function loadSnapshot(
  db: Db,
  snapshot: Snapshot | SnapshotSource,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const started = Date.now();
  const batch = wholeNumber(options.batchSize ?? DEFAULT_BATCH_SIZE, "batch size");
  const perTransaction = wholeNumber(
    options.recordsPerTransaction ?? DEFAULT_RECORDS_PER_TRANSACTION,
    "records per transaction",
  );
  const nodeConcurrency = wholeNumber(options.nodeConcurrency ?? 1, "node concurrency");
  const source = asSource(snapshot);
  const plan = await planLoad(source, options.progress?.scanned?.bind(options.progress));
  const state = await readSlotState(db);
  const published = state.slot ?? 0;
  const staged = 1 - published;
  if (state.hash === plan.hash) {
    await clearSlot(db, staged); // a previous load's leftovers, if any
    return unchangedSummary(plan, started);
  }
  await db.writeAutoCommit(S.ADOPT_UNSLOTTED, { published }, BULK_TIMEOUT_MS);
  await clearSlot(db, staged);
  const compare = await slotHasNodes(db, published);
  const writer = new SlotWriter(
    db,
    { published, staged },
    { batch, perTransaction, nodeConcurrency },
    compare,
    options,
  );
  options.progress?.start(plan.total);
  let counts: Counts;
  try {
    const written = await writer.write(source, plan);
    if (written.hash !== plan.hash) {
      throw new Error(
        `${source.dir ?? "the snapshot"} changed while it was being loaded: nothing was published, load it again`,
      );
    }
    counts = written;
  } finally {
    options.progress?.stop();
  }
  const stepsDone = (await options.beforePublish?.(db.pinned(staged))) ?? [];
  await db.write(S.PUBLISH, {
    staged,
    hash: plan.hash,
    manifest: JSON.stringify(source.manifest),
    stepsDone,
  });
  invalidatePublishedSlot();
  if (options.graceMs) {
    await new Promise(resolve => setTimeout(resolve, options.graceMs));
  }
  await clearSlot(db, published);
  return summarise(plan.hash, counts, started);
}

async function slotHasNodes(db: Db, slot: number): Promise<boolean> {
  const [row] = await db.write(S.SLOT_HAS_NODES, { slotToCheck: slot });
  return Boolean(row?.hasNodes);
}

async function clearSlot(db: Db, slot: number): Promise<void> {
  if (!(await slotHasNodes(db, slot))) {
    return;
  }
  for (const label of NODE_LABELS) {
    await db.writeAutoCommit(S.deleteSlot(label), { slotToDelete: slot }, BULK_TIMEOUT_MS);
  }
}

function unchangedSummary(plan: Plan, started: number): LoadSummary {
  const nodes: Record<string, Change> = {};
  const relationships: Record<string, Change> = {};
  for (const group of plan.nodes) {
    nodes[group.label] = { ...emptyChange(), unchanged: group.count };
  }
  for (const group of plan.relationships) {
    (relationships[group.type] ??= emptyChange()).unchanged += group.count;
  }
  return summarise(plan.hash, { nodes, relationships }, started);
}

function summarise(hash: string, counts: Counts, started: number): LoadSummary {
  const all = [...Object.values(counts.nodes), ...Object.values(counts.relationships)];
  return {
    hash,
    ...counts,
    unchanged: all.every(c => c.created === 0 && c.updated === 0 && c.deleted === 0),
    durationMs: Date.now() - started,
  };
}

function wholeNumber(value: number, what: string): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${what} must be a whole number of at least 1, got ${value}`);
  }
  return value;
}

export async function readSeedState(db: Db): Promise<{
  hash: string | null;
  manifest: string | null;
  loadedAt: string | null;
  /** Post-load steps completed since the last load; null for a graph loaded before they were recorded. */
  stepsDone: string[] | null;
  /**
   * The published snapshot's version: a whole number bumped at each publish of a changed snapshot
   * (precomputed values are stamped with it; replicas compare it). 0 when nothing was ever loaded.
   */
  version: number;
}> {
  const [row] = await db.read(S.READ_SEED_STATE);
  return {
    hash: (row?.hash as string | null) ?? null,
    manifest: (row?.manifest as string | null) ?? null,
    loadedAt: (row?.loadedAt as string | null) ?? null,
    stepsDone: Array.isArray(row?.stepsDone) ? (row.stepsDone as string[]) : null,
    version: Number(row?.version ?? 0),
  };
}

/**
 * What the loader needs of the seed state, read from the database (never from a cache) and from
 * the leader: the loader's reads go through write transactions, which a cluster routes there.
 */
async function readSlotState(db: Db): Promise<{ hash: string | null; slot: number | null }> {
  const [row] = await db.write(S.READ_SEED_STATE);
  return {
    hash: (row?.hash as string | null) ?? null,
    slot: row?.slot === null || row?.slot === undefined ? null : Number(row.slot),
  };
}
