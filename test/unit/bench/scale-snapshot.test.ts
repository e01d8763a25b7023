import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { scaleSnapshot } from "../../../bench/scale/scale-snapshot";
import { readSnapshot } from "../../../src/importers/snapshot-format";

const prov = [{ source: "t", record: "r", date: "2026-01-01", licence: "MIT" }];
const node = (key: string) => JSON.stringify({ key, props: { name: key }, prov });
const rel = (type: string, id: string, from: [string, string], to: [string, string]) =>
  JSON.stringify({
    id,
    type,
    from: { label: from[0], key: from[1] },
    to: { label: to[0], key: to[1] },
    props: {},
    prov,
  });

/** 1 ministry, 1 hub package used by 3 start-ups' repositories, 2 other packages. */
function fixture(dir: string): void {
  mkdirSync(path.join(dir, "nodes"), { recursive: true });
  mkdirSync(path.join(dir, "relationships"), { recursive: true });
  const files: Record<string, string[]> = {
    "nodes/Ministry.jsonl": [node("m1")],
    "nodes/Package.jsonl": [node("npm:dsfr"), node("npm:a"), node("npm:b")],
    "nodes/Repository.jsonl": [node("r1"), node("r2"), node("r3")],
    "relationships/OWNED_BY.jsonl": ["r1", "r2", "r3"].map(r =>
      rel("OWNED_BY", `o:${r}`, ["Repository", r], ["Ministry", "m1"]),
    ),
    "relationships/DEPENDS_ON.jsonl": [
      ...["r1", "r2", "r3"].map(r =>
        rel("DEPENDS_ON", `d:${r}`, ["Repository", r], ["Package", "npm:dsfr"]),
      ),
      rel("DEPENDS_ON", "d:a", ["Package", "npm:a"], ["Package", "npm:b"]),
    ],
  };
  for (const [file, lines] of Object.entries(files)) {
    writeFileSync(path.join(dir, file), `${lines.join("\n")}\n`);
  }
  writeFileSync(
    path.join(dir, "manifest.json"),
    JSON.stringify({ formatVersion: 1, builtFrom: {}, counts: { nodes: {}, relationships: {} } }),
  );
}

describe("scaleSnapshot", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "scale-"));
    fixture(path.join(dir, "src"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("copies records N times but keeps ministries and hubs shared, with chains across replicas", async () => {
    const out = path.join(dir, "x4");
    const summary = await scaleSnapshot(path.join(dir, "src"), out, { factor: 4, hubShare: 0.5 });
    const s = readSnapshot(out);
    expect(s.nodes.get("Ministry")?.map(n => n.key)).toEqual(["m1"]);
    // npm:dsfr (in-degree 3) is the hub; npm:a and npm:b are copied 4 times
    expect(s.nodes.get("Package")?.length).toBe(1 + 2 * 4);
    expect(s.nodes.get("Repository")?.length).toBe(12);
    const deps = s.relationships.get("DEPENDS_ON") ?? [];
    const toHub = deps.filter(d => d.to.key === "npm:dsfr");
    expect(toHub).toHaveLength(12);
    expect(new Set(toHub.map(d => d.from.key)).size).toBe(12);
    // every ministry edge points at the one ministry: its in-degree grows 4×
    expect(s.relationships.get("OWNED_BY")?.every(o => o.to.key === "m1")).toBe(true);
    expect(s.relationships.get("OWNED_BY")).toHaveLength(12);
    // chain links: npm:a~r3 → npm:a~r1 → npm:a
    const chain = deps.filter(d => d.id.startsWith("DEPENDS_ON:chain:npm:a"));
    expect(chain.map(d => [d.from.key, d.to.key])).toEqual([
      ["npm:a~r1", "npm:a"],
      ["npm:a~r2", "npm:a~r1"],
      ["npm:a~r3", "npm:a~r1"],
    ]);
    expect(s.manifest.counts.nodes).toEqual(summary.nodes);
    expect(summary.relationships.DEPENDS_ON).toBe(deps.length);
  });

  it("is deterministic and refuses a bad factor", async () => {
    await scaleSnapshot(path.join(dir, "src"), path.join(dir, "a"), { factor: 3 });
    await scaleSnapshot(path.join(dir, "src"), path.join(dir, "b"), { factor: 3 });
    expect(readSnapshot(path.join(dir, "a"))).toEqual(readSnapshot(path.join(dir, "b")));
    await expect(scaleSnapshot(path.join(dir, "src"), dir, { factor: 0 })).rejects.toThrow(
      "whole number of at least 1",
    );
  });
});
