/**
 * Deterministic synthetic snapshots at N× the real one, in the snapshot format (seed/snapshot),
 * so that the real loader, API and analytics can be measured at 10× and 100×.
 *
 * How the shape is kept:
 * - Every record of the real snapshot is copied N times (replica r gets keys suffixed `~r<r>`),
 *   so each label's and relationship type's mix and each node's own degree distribution hold.
 * - Shared nodes are NOT copied: the closed vocabularies and the State's structure (ministries,
 *   digital directorates, phases, partners) and the hubs (the `hubShare` most depended-on /
 *   used / contributed-to nodes, such as the design system). Every replica's edges therefore
 *   point at the same ministries and hubs: their in-degree grows N× (ministries with thousands of
 *   repositories, a design system used by most start-ups), like the real ecosystem's would.
 * - Deep chains: each copied package of replica r > 0 also depends on its own copy in replica
 *   ⌊r/2⌋, so dependency chains gain ⌈log2 N⌉ levels across replicas.
 * The output is streamed line by line: memory holds the hub set and one record at a time.
 */
import { createReadStream, createWriteStream, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import type { SnapshotNode, SnapshotRelationship } from "../../src/importers/snapshot-format";

/** Labels never copied: one State, one vocabulary, whatever the scale. */
export const SHARED_LABELS: ReadonlySet<string> = new Set([
  "Ministry",
  "DigitalDirectorate",
  "Phase",
  "Partner",
]);

/** Relationship types whose targets can be hubs (ranked by in-degree). */
const HUB_TYPES = new Set(["DEPENDS_ON", "USES", "PART_OF", "IMPLEMENTS", "PUBLISHED_FROM"]);

export interface ScaleOptions {
  factor: number;
  /** Share of each hub-able label's targets, by in-degree, kept as shared hubs. Default 0.01. */
  hubShare?: number;
}

export interface ScaleSummary {
  factor: number;
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  hubs: number;
}

const ref = (label: string, key: string) => `${label}\u0000${key}`;

async function* lines(file: string): AsyncGenerator<string> {
  const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.trim() !== "") {
      yield line;
    }
  }
}

/** Writes a line and waits for the stream to drain when its buffer is full. */
async function write(out: NodeJS.WritableStream, line: string): Promise<void> {
  if (!out.write(`${line}\n`)) {
    await new Promise<void>(resolve => out.once("drain", () => resolve()));
  }
}

async function close(out: NodeJS.WritableStream): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    out.on("error", reject);
    out.end(() => resolve());
  });
}

/** The hub nodes: per target label, the top `share` of targets of the hub-able types by in-degree. */
async function findHubs(relDir: string, share: number): Promise<Set<string>> {
  const inDegree = new Map<string, Map<string, number>>();
  for (const file of readdirSync(relDir).filter(f => f.endsWith(".jsonl"))) {
    if (!HUB_TYPES.has(path.basename(file, ".jsonl"))) {
      continue;
    }
    for await (const line of lines(path.join(relDir, file))) {
      const r = JSON.parse(line) as SnapshotRelationship;
      const byKey = inDegree.get(r.to.label) ?? new Map<string, number>();
      byKey.set(r.to.key, (byKey.get(r.to.key) ?? 0) + 1);
      inDegree.set(r.to.label, byKey);
    }
  }
  const hubs = new Set<string>();
  for (const [label, byKey] of inDegree) {
    const ranked = [...byKey].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const keep = Math.ceil(ranked.length * share);
    ranked.slice(0, keep).forEach(([key]) => hubs.add(ref(label, key)));
  }
  return hubs;
}

/** Scales the snapshot in `sourceDir` into `outDir` (created; files overwritten). */
export async function scaleSnapshot(
  sourceDir: string,
  outDir: string,
  options: ScaleOptions,
): Promise<ScaleSummary> {
  const factor = options.factor;
  if (!Number.isInteger(factor) || factor < 1) {
    throw new Error(`the scale factor must be a whole number of at least 1, got ${factor}`);
  }
  const nodeDir = path.join(sourceDir, "nodes");
  const relDir = path.join(sourceDir, "relationships");
  const hubs = await findHubs(relDir, options.hubShare ?? 0.01);
  const shared = (label: string, key: string) =>
    SHARED_LABELS.has(label) || hubs.has(ref(label, key));
  const copyKey = (label: string, key: string, r: number) =>
    r === 0 || shared(label, key) ? key : `${key}~r${r}`;
  mkdirSync(path.join(outDir, "nodes"), { recursive: true });
  mkdirSync(path.join(outDir, "relationships"), { recursive: true });
  const summary: ScaleSummary = { factor, nodes: {}, relationships: {}, hubs: hubs.size };

  for (const file of readdirSync(nodeDir).filter(f => f.endsWith(".jsonl"))) {
    const label = path.basename(file, ".jsonl");
    // Keys stay sorted: replicas in order, the copies of one key after it (`~` sorts last).
    const out = createWriteStream(path.join(outDir, "nodes", file));
    let count = 0;
    for await (const line of lines(path.join(nodeDir, file))) {
      const node = JSON.parse(line) as SnapshotNode;
      const copies = shared(label, node.key) ? 1 : factor;
      for (let r = 0; r < copies; r += 1) {
        await write(out, r === 0 ? line : JSON.stringify({ ...node, key: `${node.key}~r${r}` }));
        count += 1;
      }
    }
    await close(out);
    summary.nodes[label] = count;
  }

  for (const file of readdirSync(relDir).filter(f => f.endsWith(".jsonl"))) {
    const type = path.basename(file, ".jsonl");
    const out = createWriteStream(path.join(outDir, "relationships", file));
    let count = 0;
    for await (const line of lines(path.join(relDir, file))) {
      const rel = JSON.parse(line) as SnapshotRelationship;
      const bothShared = shared(rel.from.label, rel.from.key) && shared(rel.to.label, rel.to.key);
      const copies = bothShared ? 1 : factor;
      for (let r = 0; r < copies; r += 1) {
        const copy =
          r === 0
            ? line
            : JSON.stringify({
                ...rel,
                id: `${rel.id}~r${r}`,
                from: { ...rel.from, key: copyKey(rel.from.label, rel.from.key, r) },
                to: { ...rel.to, key: copyKey(rel.to.label, rel.to.key, r) },
              });
        await write(out, copy);
        count += 1;
      }
    }
    if (type === "DEPENDS_ON") {
      count += await writeChainLinks(path.join(nodeDir, "Package.jsonl"), out, factor, shared);
    }
    await close(out);
    summary.relationships[type] = count;
  }

  const manifest = JSON.parse(
    readFileSync(path.join(sourceDir, "manifest.json"), "utf8"),
  ) as Record<string, unknown>;
  manifest.counts = { nodes: summary.nodes, relationships: summary.relationships };
  await writeFile(path.join(outDir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return summary;
}

/** Package copy in replica r (r > 0) → its copy in replica ⌊r/2⌋: chains across replicas. */
async function writeChainLinks(
  packages: string,
  out: NodeJS.WritableStream,
  factor: number,
  shared: (label: string, key: string) => boolean,
): Promise<number> {
  let count = 0;
  for await (const line of lines(packages)) {
    const { key, prov } = JSON.parse(line) as SnapshotNode;
    if (shared("Package", key)) {
      continue;
    }
    for (let r = 1; r < factor; r += 1) {
      const parent = Math.floor(r / 2);
      const chain: SnapshotRelationship = {
        id: `DEPENDS_ON:chain:${key}~r${r}`,
        type: "DEPENDS_ON",
        from: { label: "Package", key: `${key}~r${r}` },
        to: { label: "Package", key: parent === 0 ? key : `${key}~r${parent}` },
        props: { kind: "RUNTIME", requirement: "*" },
        prov: prov.slice(0, 1),
      };
      await write(out, JSON.stringify(chain));
      count += 1;
    }
  }
  return count;
}
