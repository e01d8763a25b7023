import { invalidatePublishedSlot, type Db } from "../db";
import type { Snapshot, SnapshotRelationship } from "../importers/snapshot-format";
import {
  assertLabel,
  assertRelationshipType,
  NODE_LABELS,
  type NodeLabel,
} from "./graph-vocabulary";
import { type NodeRow, nodeRow, type RelationshipRow, relationshipRow, snapshotHash } from "./rows";
import * as S from "./statements";
import { nodesFile, relationshipsFile, snapshotFile } from "../model";

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
  start(total: number): void;
  advance(done: number, label: string): void;
  stop(): void;
}

export interface LoadOptions {
  /** Records per UNWIND statement. */
  batchSize?: number;
  /** Records per write transaction (several statements); bounds the transaction's memory. */
  recordsPerTransaction?: number;
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

interface Plan {
  nodes: Array<{ label: NodeLabel; rows: NodeRow[] }>;
  relationships: Array<{ type: string; from: NodeLabel; to: NodeLabel; rows: RelationshipRow[] }>;
  hash: string;
}

export const DEFAULT_RECORDS_PER_TRANSACTION = 20_000;
const BULK_TIMEOUT_MS = 3_600_000;

/**
 * Loads a snapshot, all or nothing, in as many write transactions as its size needs (blue/green,
 * see docs/loading.md): a changed snapshot is written in full into the slot readers do not see,
 * then published in one small transaction that switches the slot and bumps the version; the
 * previous slot is deleted afterwards. A failed or killed load leaves the published graph as it
 * was (its leftovers are cleared by the next load). Idempotent: the same snapshot writes nothing.
 */
export async function loadSnapshot(
  db: Db,
  snapshot: Snapshot,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const started = Date.now();
  const batchSize = wholeNumber(options.batchSize ?? 1_000, "batch size");
  const perTransaction = wholeNumber(
    options.recordsPerTransaction ?? DEFAULT_RECORDS_PER_TRANSACTION,
    "records per transaction",
  );
  const plan = planLoad(snapshot);
  const state = await readSlotState(db);
  const published = state.slot ?? 0;
  const staged = 1 - published;
  if (state.hash === plan.hash) {
    await clearSlot(db, staged); // a previous load's leftovers, if any
    return unchangedSummary(plan, started);
  }
  await db.writeAutoCommit(S.ADOPT_UNSLOTTED, { published }, BULK_TIMEOUT_MS);
  await clearSlot(db, staged);
  const writer = new SlotWriter(db, { published, staged }, batchSize, perTransaction, options);
  options.progress?.start(total(plan));
  let counts: Counts;
  try {
    counts = await writer.write(plan);
  } finally {
    options.progress?.stop();
  }
  const stepsDone = (await options.beforePublish?.(db.pinned(staged))) ?? [];
  await db.write(S.PUBLISH, {
    staged,
    hash: plan.hash,
    manifest: JSON.stringify(snapshot.manifest),
    stepsDone,
  });
  invalidatePublishedSlot();
  if (options.graceMs) {
    await new Promise(resolve => setTimeout(resolve, options.graceMs));
  }
  await clearSlot(db, published);
  return summarise(plan.hash, counts, started);
}

interface Counts {
  nodes: Record<string, Change>;
  relationships: Record<string, Change>;
}

/** Writes a plan into the staged slot, in transactions of bounded size, and counts the changes. */
class SlotWriter {
  private batches = 0;
  private transactions = 0;
  private done = 0;

  constructor(
    private readonly db: Db,
    private readonly slots: { published: number; staged: number },
    private readonly batchSize: number,
    private readonly perTransaction: number,
    private readonly options: LoadOptions,
  ) {}

  async write(plan: Plan): Promise<Counts> {
    const nodes: Record<string, Change> = {};
    const relationships: Record<string, Change> = {};
    for (const group of plan.nodes) {
      const change = (nodes[group.label] = emptyChange());
      await this.rows(group.rows, S.createNodes(group.label), change, group.label);
      change.deleted =
        (await this.countPublished(S.countNodesInSlot(group.label))) - matched(change);
    }
    for (const group of plan.relationships) {
      const change = (relationships[group.type] ??= emptyChange());
      await this.rows(
        group.rows,
        S.createRelationships(group.from, group.type, group.to),
        change,
        group.type,
      );
    }
    for (const [type, change] of Object.entries(relationships)) {
      change.deleted =
        (await this.countPublished(S.countRelationshipsInSlot(type))) - matched(change);
    }
    return { nodes, relationships };
  }

  private async countPublished(cypher: string): Promise<number> {
    const [row] = await this.db.write(cypher, { slotToCount: this.slots.published });
    return Number(row?.count ?? 0);
  }

  private async rows(
    rows: unknown[],
    cypher: string,
    change: Change,
    label: string,
  ): Promise<void> {
    for (let start = 0; start < rows.length; start += this.perTransaction) {
      const chunk = rows.slice(start, start + this.perTransaction);
      await this.db.writeTransaction(async run => {
        for (let i = 0; i < chunk.length; i += this.batchSize) {
          const batch = chunk.slice(i, i + this.batchSize);
          const [result] = await run(cypher, { rows: batch, ...this.slots });
          const created = Number(result?.created ?? 0);
          const updated = Number(result?.updated ?? 0);
          change.created += created;
          change.updated += updated;
          change.unchanged += batch.length - created - updated;
          this.batches += 1;
          this.done += batch.length;
          this.options.progress?.advance(this.done, label);
          this.options.afterBatch?.(this.batches);
        }
      }, BULK_TIMEOUT_MS);
      this.transactions += 1;
      await this.options.afterTransaction?.(this.transactions);
    }
  }
}

/** Records of the new snapshot that existed in the published one (changed or not). */
function matched(change: Change): number {
  return change.updated + change.unchanged;
}

async function clearSlot(db: Db, slot: number): Promise<void> {
  const [row] = await db.write(S.SLOT_HAS_NODES, { slotToCheck: slot });
  if (!row?.hasNodes) {
    return;
  }
  for (const label of NODE_LABELS) {
    await db.writeAutoCommit(S.deleteSlot(label), { slotToDelete: slot }, BULK_TIMEOUT_MS);
  }
}

function total(plan: Plan): number {
  return (
    plan.nodes.reduce((n, g) => n + g.rows.length, 0) +
    plan.relationships.reduce((n, g) => n + g.rows.length, 0)
  );
}

function unchangedSummary(plan: Plan, started: number): LoadSummary {
  const nodes: Record<string, Change> = {};
  const relationships: Record<string, Change> = {};
  for (const group of plan.nodes) {
    nodes[group.label] = { ...emptyChange(), unchanged: group.rows.length };
  }
  for (const group of plan.relationships) {
    (relationships[group.type] ??= emptyChange()).unchanged += group.rows.length;
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

/** Validates names and references before touching the database, so bad input fails fast and clearly. */
export function planLoad(snapshot: Snapshot): Plan {
  const keys = new Map<string, Set<string>>();
  const nodes = [...snapshot.nodes.entries()].map(([label, list]) => {
    const file = snapshotFile(snapshot, nodesFile(label));
    const checked = assertLabel(label, file);
    const seen = new Set<string>();
    list.forEach((n, index) => {
      if (seen.has(n.key)) {
        throw new Error(`${file}:${index + 1}: duplicate key '${n.key}'`);
      }
      seen.add(n.key);
    });
    keys.set(checked, seen);
    return { label: checked, rows: list.map(nodeRow) };
  });
  const groups = new Map<string, Plan["relationships"][number]>();
  for (const [type, list] of snapshot.relationships) {
    const file = snapshotFile(snapshot, relationshipsFile(type));
    assertRelationshipType(type, file);
    list.forEach((rel, index) => {
      checkEndpoints(rel, keys, `${file}:${index + 1} (${rel.id})`);
      const from = assertLabel(rel.from.label, file);
      const to = assertLabel(rel.to.label, file);
      const groupKey = `${from}|${type}|${to}`;
      const group = groups.get(groupKey) ?? { type, from, to, rows: [] };
      group.rows.push(relationshipRow(rel));
      groups.set(groupKey, group);
    });
  }
  const relationships = [...groups.values()];
  return {
    nodes,
    relationships,
    hash: snapshotHash({
      nodes: nodes.flatMap(g => g.rows),
      relationships: relationships.flatMap(g => g.rows),
    }),
  };
}

function checkEndpoints(
  rel: SnapshotRelationship,
  keys: Map<string, Set<string>>,
  where: string,
): void {
  for (const end of [rel.from, rel.to]) {
    if (!keys.get(end.label)?.has(end.key)) {
      throw new Error(`${where}: ${rel.type} refers to a missing node ${end.label} '${end.key}'`);
    }
  }
}

function emptyChange(): Change {
  return { created: 0, updated: 0, unchanged: 0, deleted: 0 };
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
