/**
 * The loader's first pass (docs/loading.md): reads the whole snapshot once, record by record,
 * validates names and references before anything is written, and computes the snapshot's hash and
 * counts. Memory: one set of keys per label (the endpoint checks), not the records.
 */
import type { Snapshot, SnapshotRelationship } from "../importers/snapshot-format";
import { asSource, type SnapshotSource } from "../importers/snapshot-source";
import { nodesFile, relationshipsFile, snapshotFile } from "../model";
import { assertLabel, assertRelationshipType, type NodeLabel } from "./graph-vocabulary";
import { nodeRow, relationshipRow, SnapshotHasher } from "./rows";

/** The labels at the two ends of a group of relationships of one type (one statement each). */
export interface Ends {
  from: NodeLabel;
  to: NodeLabel;
}

export interface Plan {
  hash: string;
  /** Records in all. */
  total: number;
  nodes: Array<{ label: NodeLabel; count: number }>;
  relationships: Array<{ type: string; count: number; ends: Ends[] }>;
}

/** Told every `every` records of the first pass (long at 100×: several minutes). */
export type ScanProgress = (records: number, file: string) => void;

const SCAN_REPORT_EVERY = 1_000_000;

/** Validates a snapshot and plans its load; throws naming the file and line of a bad record. */
export async function planLoad(
  snapshot: Snapshot | SnapshotSource,
  onScan?: ScanProgress,
): Promise<Plan> {
  const source = asSource(snapshot);
  const hasher = new SnapshotHasher();
  const keys = new Map<string, Set<string>>();
  let total = 0;
  const counted = (file: string) => {
    total += 1;
    if (onScan && total % SCAN_REPORT_EVERY === 0) {
      onScan(total, file);
    }
  };
  const nodes: Plan["nodes"] = [];
  for (const name of source.labels) {
    const file = snapshotFile(source, nodesFile(name));
    const label = assertLabel(name, file);
    const seen = new Set<string>();
    for await (const { record, line } of source.nodes(name)) {
      if (seen.has(record.key)) {
        throw new Error(`${file}:${line}: duplicate key '${record.key}'`);
      }
      seen.add(record.key);
      hasher.add(nodeRow(record));
      counted(file);
    }
    keys.set(label, seen);
    nodes.push({ label, count: seen.size });
  }
  const relationships: Plan["relationships"] = [];
  for (const type of source.types) {
    const file = snapshotFile(source, relationshipsFile(type));
    assertRelationshipType(type, file);
    const ends = new Map<string, Ends>();
    let count = 0;
    for await (const { record, line } of source.relationships(type)) {
      checkEndpoints(record, keys, `${file}:${line} (${record.id})`);
      const from = assertLabel(record.from.label, file);
      const to = assertLabel(record.to.label, file);
      if (!ends.has(`${from}|${to}`)) {
        ends.set(`${from}|${to}`, { from, to });
      }
      hasher.add(relationshipRow(record));
      count += 1;
      counted(file);
    }
    relationships.push({ type, count, ends: [...ends.values()] });
  }
  return { hash: hasher.digest(), total, nodes, relationships };
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
