import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { type GraphNode, type GraphRel } from "../core/graph";
import { cmp } from "../core/normalise";
import { type Provenance, type Manifest } from "../snapshot-format";
import {
  MANIFEST_FILE,
  NODES_DIR,
  nodesFile,
  RELATIONSHIPS_DIR,
  relationshipsFile,
  UNRESOLVED_FILE,
} from "../../model";

/** JSON with object keys sorted recursively (arrays keep their order). */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(sortKeys);
  }
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort(cmp)) {
      out[k] = sortKeys((value as Record<string, unknown>)[k]);
    }
    return out;
  }
  return value;
}

function sortProv(prov: readonly Provenance[]): Provenance[] {
  return [...prov].sort(
    (a, b) => cmp(a.source, b.source) || cmp(a.record, b.record) || cmp(a.date, b.date),
  );
}

/** Snapshot files as relative path → content (deterministic: sorted lines, sorted keys). */
export function renderSnapshot(
  nodes: readonly GraphNode[],
  rels: readonly GraphRel[],
  manifest: Manifest,
  unresolved: unknown,
): Map<string, string> {
  const files = new Map<string, string>();
  const byLabel = new Map<string, GraphNode[]>();
  for (const n of nodes) {
    const list = byLabel.get(n.label) ?? [];
    list.push(n);
    byLabel.set(n.label, list);
  }
  for (const [label, list] of byLabel) {
    const lines = list
      .sort((a, b) => cmp(a.key, b.key))
      .map(n => stableStringify({ key: n.key, props: n.props, prov: sortProv(n.prov) }));
    files.set(nodesFile(label), `${lines.join("\n")}\n`);
  }
  const byType = new Map<string, GraphRel[]>();
  for (const r of rels) {
    const list = byType.get(r.type) ?? [];
    list.push(r);
    byType.set(r.type, list);
  }
  for (const [type, list] of byType) {
    const lines = list
      .sort(
        (a, b) =>
          cmp(a.from.label, b.from.label) ||
          cmp(a.from.key, b.from.key) ||
          cmp(a.to.label, b.to.label) ||
          cmp(a.to.key, b.to.key) ||
          cmp(a.id, b.id),
      )
      .map(r =>
        stableStringify({
          id: r.id,
          type: r.type,
          from: r.from,
          to: r.to,
          props: r.props,
          prov: sortProv(r.prov),
        }),
      );
    files.set(relationshipsFile(type), `${lines.join("\n")}\n`);
  }
  files.set(MANIFEST_FILE, `${JSON.stringify(sortKeys(manifest), null, 2)}\n`);
  files.set(UNRESOLVED_FILE, `${JSON.stringify(sortKeys(unresolved), null, 2)}\n`);
  return new Map([...files.entries()].sort((a, b) => cmp(a[0], b[0])));
}

function listFiles(dir: string, prefix = ""): string[] {
  if (!existsSync(dir)) {
    return [];
  }
  const out: string[] = [];
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix === "" ? name.name : `${prefix}/${name.name}`;
    if (name.isDirectory()) {
      out.push(...listFiles(path.join(dir, name.name), rel));
    } else {
      out.push(rel);
    }
  }
  return out.sort(cmp);
}

/** Writes the snapshot, removing stale node/relationship files. */
export function writeSnapshot(outDir: string, files: ReadonlyMap<string, string>): void {
  for (const sub of [NODES_DIR, RELATIONSHIPS_DIR]) {
    rmSync(path.join(outDir, sub), { recursive: true, force: true });
  }
  for (const [rel, content] of files) {
    mkdirSync(path.dirname(path.join(outDir, rel)), { recursive: true });
    writeFileSync(path.join(outDir, rel), content);
  }
}

/** Differences between the committed snapshot and freshly rendered files (empty = identical). */
export function diffSnapshot(outDir: string, files: ReadonlyMap<string, string>): string[] {
  const diffs: string[] = [];
  const existing = new Set(listFiles(outDir));
  for (const [rel, content] of files) {
    if (!existing.has(rel)) {
      diffs.push(`missing: ${rel}`);
    } else if (readFileSync(path.join(outDir, rel), "utf8") !== content) {
      diffs.push(`differs: ${rel}`);
    }
    existing.delete(rel);
  }
  for (const rel of existing) {
    diffs.push(`unexpected: ${rel}`);
  }
  return diffs;
}
