/**
 * A snapshot the loader reads record by record, as many times as it needs (a first pass validates
 * and hashes, a second one writes): a folder read line by line (`openSnapshot`: memory does not
 * grow with the number of records, so a 100× snapshot of several GB loads in a bounded heap) or a
 * snapshot already in memory (`snapshotSource`: tests, small fixtures).
 */
import { createReadStream } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import type { z } from "zod/v4";
import { NODES_DIR, nodesFile, relationshipsFile, RELATIONSHIPS_DIR, snapshotFile } from "../model";
import {
  type Manifest,
  parseRecordLine,
  readManifest,
  recordFileNames,
  type Snapshot,
  snapshotNodeSchema,
  type SnapshotNode,
  type SnapshotRelationship,
  snapshotRelationshipSchema,
} from "./snapshot-format";

/** A record and its 1-based line in its file (error messages). */
export interface Numbered<T> {
  record: T;
  line: number;
}

export interface SnapshotSource {
  /** The folder it is read from (error messages name it); undefined in memory. */
  readonly dir?: string;
  readonly manifest: Manifest;
  /** Node labels, in load order (file name order for a folder). */
  readonly labels: readonly string[];
  /** Relationship types, in load order. */
  readonly types: readonly string[];
  /** The nodes of a label, in file order; each call reads them again. */
  nodes(label: string): AsyncIterable<Numbered<SnapshotNode>>;
  /** The relationships of a type, in file order; each call reads them again. */
  relationships(type: string): AsyncIterable<Numbered<SnapshotRelationship>>;
}

/**
 * Opens a snapshot folder: reads and validates the manifest and lists the records files now; the
 * records are streamed, validated line by line (SnapshotFormatError names file and line).
 */
export function openSnapshot(dir: string): SnapshotSource {
  const manifest = readManifest(dir);
  return {
    dir,
    manifest,
    labels: recordFileNames(path.join(dir, NODES_DIR)),
    types: recordFileNames(path.join(dir, RELATIONSHIPS_DIR)),
    nodes: label => readRecords(snapshotFile({ dir }, nodesFile(label)), snapshotNodeSchema),
    relationships: type =>
      readRecords(snapshotFile({ dir }, relationshipsFile(type)), snapshotRelationshipSchema),
  };
}

/** A snapshot held in memory, read through the same interface. */
export function snapshotSource(snapshot: Snapshot): SnapshotSource {
  return {
    dir: snapshot.dir,
    manifest: snapshot.manifest,
    labels: [...snapshot.nodes.keys()],
    types: [...snapshot.relationships.keys()],
    nodes: label => numbered(snapshot.nodes.get(label) ?? []),
    relationships: type => numbered(snapshot.relationships.get(type) ?? []),
  };
}

/** Either kind of snapshot, as a source. */
export function asSource(snapshot: Snapshot | SnapshotSource): SnapshotSource {
  return "labels" in snapshot ? snapshot : snapshotSource(snapshot);
}

async function* numbered<T>(records: readonly T[]): AsyncIterable<Numbered<T>> {
  for (let i = 0; i < records.length; i += 1) {
    yield { record: records[i]!, line: i + 1 };
  }
}

async function* readRecords<T>(file: string, schema: z.ZodType<T>): AsyncIterable<Numbered<T>> {
  const lines = createInterface({
    input: createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 }),
    crlfDelay: Infinity,
  });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    const record = parseRecordLine(file, line, text, schema);
    if (record !== null) {
      yield { record, line };
    }
  }
}
