/**
 * The loader's second pass (docs/loading.md): streams the snapshot again and writes it into the
 * staged slot, in write transactions of at most `perTransaction` records (held in memory for the
 * transaction's retries, nothing more), each made of UNWIND batches of `batchSize` rows.
 *
 * The next transaction's records are read and prepared while the current one runs (pipelined);
 * nodes may also be written by `nodeConcurrency` transactions at once (distinct keys: they never
 * wait on each other). Relationships are written one transaction at a time: two transactions
 * creating relationships to the same hub would lock it in different orders (deadlocks).
 */
import type { Db } from "../db";
import type { SnapshotSource } from "../importers/snapshot-source";
import { relationshipsFile, snapshotFile } from "../model";
import { assertLabel, type NodeLabel } from "./graph-vocabulary";
import type { Change, LoadOptions } from "./load-snapshot";
import type { Plan } from "./plan-load";
import { nodeRow, relationshipRow, SnapshotHasher } from "./rows";
import * as S from "./statements";

export interface Counts {
  nodes: Record<string, Change>;
  relationships: Record<string, Change>;
}

/** One statement and the rows it is run with, in batches. */
interface Group {
  cypher: string;
  rows: unknown[];
}

export const BULK_TIMEOUT_MS = 3_600_000;

export interface WriterSizes {
  batch: number;
  perTransaction: number;
  /** Node transactions in flight at once (1: one at a time, still pipelined). */
  nodeConcurrency: number;
}

export class SlotWriter {
  private batches = 0;
  private transactions = 0;
  private done = 0;
  private readonly inFlight = new Set<Promise<void>>();
  private failure: { error: unknown } | null = null;

  /**
   * `compare`: whether the published slot holds seeded nodes; each batch then looks its records
   * up there, so the summary says what was created, updated, unchanged and deleted. When it is
   * empty, every record is created, and the lookups are skipped.
   */
  constructor(
    private readonly db: Db,
    private readonly slots: { published: number; staged: number },
    private readonly sizes: WriterSizes,
    private readonly compare: boolean,
    private readonly options: LoadOptions,
  ) {}

  /** Writes the snapshot; returns the changes and the hash of what was actually read. */
  async write(source: SnapshotSource, plan: Plan): Promise<Counts & { hash: string }> {
    try {
      return await this.writeAll(source, plan);
    } finally {
      await Promise.allSettled(this.inFlight); // a failed load returns once nothing is running
    }
  }

  private async writeAll(source: SnapshotSource, plan: Plan): Promise<Counts & { hash: string }> {
    const hasher = new SnapshotHasher();
    const nodes: Record<string, Change> = {};
    const relationships: Record<string, Change> = {};
    for (const { label } of plan.nodes) {
      const change = (nodes[label] = emptyChange());
      const cypher = S.createNodes(label, this.compare);
      for await (const chunk of chunks(source.nodes(label), this.sizes.perTransaction)) {
        const rows = chunk.map(n => nodeRow(n.record));
        rows.forEach(row => hasher.add(row));
        await this.transaction([{ cypher, rows }], change, label);
      }
      if (this.compare) {
        change.deleted = (await this.countPublished(S.countNodesInSlot(label))) - matched(change);
      }
    }
    for (const { type } of plan.relationships) {
      const change = (relationships[type] ??= emptyChange());
      const file = snapshotFile(source, relationshipsFile(type));
      for await (const chunk of chunks(source.relationships(type), this.sizes.perTransaction)) {
        const groups = new Map<string, Group>();
        for (const { record } of chunk) {
          // checked by the first pass; checked again: labels are spliced into the statement
          const from = assertLabel(record.from.label, file);
          const to = assertLabel(record.to.label, file);
          const row = relationshipRow(record);
          hasher.add(row);
          let group = groups.get(`${from}|${to}`);
          if (!group) {
            group = { cypher: this.relationshipStatement(from, type, to), rows: [] };
            groups.set(`${from}|${to}`, group);
          }
          group.rows.push(row);
        }
        await this.submit([...groups.values()], change, type, 1);
      }
    }
    await this.drain();
    if (this.compare) {
      for (const [type, change] of Object.entries(relationships)) {
        change.deleted =
          (await this.countPublished(S.countRelationshipsInSlot(type))) - matched(change);
      }
    }
    return { nodes, relationships, hash: hasher.digest() };
  }

  private relationshipStatement(from: NodeLabel, type: string, to: NodeLabel): string {
    return S.createRelationships(from, type, to, this.compare);
  }

  private async countPublished(cypher: string): Promise<number> {
    const [row] = await this.db.write(cypher, { slotToCount: this.slots.published });
    return Number(row?.count ?? 0);
  }

  /** Starts a transaction once fewer than `concurrency` run (the first failure stops the load). */
  private async submit(
    groups: Group[],
    change: Change,
    label: string,
    concurrency: number,
  ): Promise<void> {
    while (this.inFlight.size >= concurrency) {
      await Promise.race(this.inFlight);
    }
    this.throwIfFailed();
    const running: Promise<void> = this.transaction(groups, change, label)
      .catch((error: unknown) => {
        this.failure ??= { error };
      })
      .finally(() => this.inFlight.delete(running));
    this.inFlight.add(running);
  }

  private async drain(): Promise<void> {
    await Promise.all(this.inFlight);
    this.throwIfFailed();
  }

  private throwIfFailed(): void {
    if (this.failure) {
      throw this.failure.error;
    }
  }

  /** One write transaction; its counts are added once it committed (a retried one counts once). */
  private async transaction(groups: Group[], change: Change, label: string): Promise<void> {
    const counted = await this.db.writeTransaction(async run => {
      const local = emptyChange();
      let done = 0;
      for (const group of groups) {
        for (let i = 0; i < group.rows.length; i += this.sizes.batch) {
          const batch = group.rows.slice(i, i + this.sizes.batch);
          const [result] = await run(group.cypher, { rows: batch, ...this.slots });
          const written = Number(result?.written ?? 0);
          if (written !== batch.length) {
            // the first pass checked every endpoint: the files changed since
            throw new Error(
              `${label}: ${batch.length - written} of ${batch.length} records could not be written (their endpoints are missing: did the snapshot change during the load?)`,
            );
          }
          const created = Number(result?.created ?? 0);
          const updated = Number(result?.updated ?? 0);
          local.created += created;
          local.updated += updated;
          local.unchanged += batch.length - created - updated;
          done += batch.length;
          this.batches += 1;
          this.options.afterBatch?.(this.batches);
        }
      }
      return { local, done };
    }, BULK_TIMEOUT_MS);
    change.created += counted.local.created;
    change.updated += counted.local.updated;
    change.unchanged += counted.local.unchanged;
    this.done += counted.done;
    this.options.progress?.advance(this.done, label);
    this.transactions += 1;
    await this.options.afterTransaction?.(this.transactions);
  }
}

/** Records of the new snapshot that existed in the published one (changed or not). */
function matched(change: Change): number {
  return change.updated + change.unchanged;
}

export function emptyChange(): Change {
  return { created: 0, updated: 0, unchanged: 0, deleted: 0 };
}

/** Groups a stream into arrays of at most `size` items. */
async function* chunks<T>(items: AsyncIterable<T>, size: number): AsyncIterable<T[]> {
  let chunk: T[] = [];
  for await (const item of items) {
    chunk.push(item);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) {
    yield chunk;
  }
}
