import path from "node:path";

/**
 * The layout of a seed snapshot folder, in ONE place: the importers' writer, the reader, the
 * loader's error messages and the default folder derive from it.
 */

/** The committed snapshot, relative to the repository: the one default of SEED_DIR, `npm run seed`
 * and `npm run seed:build --out`. */
export const DEFAULT_SNAPSHOT_DIR = "seed/snapshot";

export const NODES_DIR = "nodes";
export const RELATIONSHIPS_DIR = "relationships";
export const MANIFEST_FILE = "manifest.json";
export const UNRESOLVED_FILE = "unresolved.json";
export const RECORDS_EXTENSION = ".jsonl";

/** `nodes/<Label>.jsonl`, relative to the snapshot folder. */
export const nodesFile = (label: string): string => `${NODES_DIR}/${label}${RECORDS_EXTENSION}`;

/** `relationships/<TYPE>.jsonl`, relative to the snapshot folder. */
export const relationshipsFile = (type: string): string =>
  `${RELATIONSHIPS_DIR}/${type}${RECORDS_EXTENSION}`;

/** A file of a snapshot, named with the folder it was actually read from (error messages). */
export const snapshotFile = (snapshot: { dir?: string }, file: string): string =>
  path.join(snapshot.dir ?? DEFAULT_SNAPSHOT_DIR, file);
