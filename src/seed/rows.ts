import { createHash } from "node:crypto";
import type {
  Props,
  Provenance,
  SnapshotNode,
  SnapshotRelationship,
} from "../importers/snapshot-format";

/** Properties as stored: the record's own, its provenance as parallel lists, and a content hash. */
export type StoredProps = Record<string, string | number | boolean | string[] | number[]>;

export interface NodeRow {
  key: string;
  hash: string;
  props: StoredProps;
}

export interface RelationshipRow {
  id: string;
  from: string;
  to: string;
  hash: string;
  props: StoredProps;
}

function provenanceProps(prov: readonly Provenance[]): StoredProps {
  return {
    _provSource: prov.map(p => p.source),
    _provRecord: prov.map(p => p.record),
    _provDate: prov.map(p => p.date),
    _provLicence: prov.map(p => p.licence),
    _provUrl: prov.map(p => p.url ?? ""),
  };
}

function contentHash(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 24);
}

function stored(props: Props, prov: readonly Provenance[], extra: StoredProps): StoredProps {
  const all: StoredProps = { ...props, ...provenanceProps(prov), ...extra };
  return { ...all, _hash: contentHash(all) };
}

export function nodeRow(node: SnapshotNode): NodeRow {
  const props = stored(node.props, node.prov, { key: node.key });
  return { key: node.key, hash: String(props._hash), props };
}

export function relationshipRow(rel: SnapshotRelationship): RelationshipRow {
  const props = stored(rel.props, rel.prov, { id: rel.id });
  return { id: rel.id, from: rel.from.key, to: rel.to.key, hash: String(props._hash), props };
}

/**
 * A stable hash of the whole snapshot, stored on the SeedState node after a load: the records'
 * content hashes, nodes then relationships, each file in order. Fed one record at a time, so the
 * loader computes it while streaming.
 */
export class SnapshotHasher {
  private readonly hash = createHash("sha256");

  add(row: { hash: string }): void {
    this.hash.update(row.hash);
  }

  digest(): string {
    return this.hash.digest("hex").slice(0, 32);
  }
}
