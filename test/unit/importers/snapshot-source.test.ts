import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readSnapshot } from "../../../src/importers/snapshot-format";
import { openSnapshot, snapshotSource } from "../../../src/importers/snapshot-source";

const prov = [{ source: "t", record: "r", date: "2026-01-01", licence: "MIT" }];
const node = (key: string) => JSON.stringify({ key, props: { name: key }, prov });

/** A folder with `count` packages; `bad` replaces that (1-based) line with malformed JSON. */
function folder(dir: string, count: number, bad?: number): string {
  mkdirSync(path.join(dir, "nodes"), { recursive: true });
  mkdirSync(path.join(dir, "relationships"), { recursive: true });
  const lines = Array.from({ length: count }, (_, i) =>
    i + 1 === bad ? '{"key": "broken",' : node(`npm:p${i}`),
  );
  writeFileSync(path.join(dir, "nodes", "Package.jsonl"), `${lines.join("\n")}\n`);
  writeFileSync(
    path.join(dir, "manifest.json"),
    JSON.stringify({ formatVersion: 1, builtFrom: {}, counts: { nodes: {}, relationships: {} } }),
  );
  return dir;
}

describe("openSnapshot: a snapshot folder read record by record", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "source-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("lists labels and types from the file names and reads the same records as readSnapshot", async () => {
    folder(dir, 1_200);
    const source = openSnapshot(dir);
    expect(source.labels).toEqual(["Package"]);
    expect(source.types).toEqual([]);
    const streamed = [];
    for await (const { record } of source.nodes("Package")) {
      streamed.push(record);
    }
    expect(streamed).toEqual(readSnapshot(dir).nodes.get("Package"));
  });

  it("yields the records before a malformed line, then names the file and line", async () => {
    folder(dir, 50_000, 49_990);
    const seen: number[] = [];
    const read = async () => {
      for await (const { line } of openSnapshot(dir).nodes("Package")) {
        seen.push(line);
      }
    };
    await expect(read()).rejects.toThrow(
      `${path.join(dir, "nodes", "Package.jsonl")}:49990: invalid JSON`,
    );
    // streamed: every record before the bad line was handed over before the error
    expect(seen.length).toBe(49_989);
    expect(seen.at(-1)).toBe(49_989);
  });

  it("reads again from the start at each call (the loader's two passes)", async () => {
    folder(dir, 10);
    const source = openSnapshot(dir);
    const keys = async () => {
      const out: string[] = [];
      for await (const { record } of source.nodes("Package")) {
        out.push(record.key);
      }
      return out;
    };
    expect(await keys()).toEqual(await keys());
    expect((await keys()).length).toBe(10);
  });

  it("gives an in-memory snapshot the same interface, numbering records from 1", async () => {
    const source = snapshotSource(readSnapshot(folder(dir, 3)));
    const lines = [];
    for await (const { record, line } of source.nodes("Package")) {
      lines.push([line, record.key]);
    }
    expect(lines).toEqual([
      [1, "npm:p0"],
      [2, "npm:p1"],
      [3, "npm:p2"],
    ]);
  });
});
