import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  DEFAULT_SNAPSHOT_DIR,
  ENTITY_LABELS,
  KEY_PROPERTY,
  KEYED_LABELS,
  isSlotted,
  keyConstraintName,
  SLOT_PROPERTY,
  NODE_LABELS,
  NODES_DIR,
  RECORDS_EXTENSION,
  RELATIONSHIP_TYPES,
  RELATIONSHIPS_DIR,
} from "../../../src/model";
import { REPO_ROOT } from "../../../src/paths";
import { ENTITIES } from "../../../src/read/model";
import { NODE_LABELS as SEED_LABELS } from "../../../src/seed/graph-vocabulary";
import { planLoad } from "../../../src/seed/plan-load";
import type { Snapshot } from "../../../src/importers/snapshot-format";

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), "utf8");

/** The first cell of each row of the markdown table under `heading`. */
function tableFirstColumn(markdown: string, heading: string): string[] {
  const section = markdown.split(/^## /m).find(s => s.startsWith(heading)) ?? "";
  return section
    .split("\n")
    .filter(line => line.startsWith("|"))
    .slice(2) // header and separator
    .map(line => (line.split("|")[1] ?? "").trim());
}

describe("one vocabulary (src/model) for the graph", () => {
  test("cypher/schema: one key constraint per keyed label, named from it, on `key` (other properties tolerated)", () => {
    const text = read("cypher/schema/010-constraints.cypher");
    const constraints = [
      ...text.matchAll(
        /CREATE CONSTRAINT (\w+) IF NOT EXISTS FOR \(n:(\w+)\) REQUIRE \(?([^)]*?)\)? IS (?:UNIQUE|NODE KEY)/g,
      ),
    ].map(m => ({
      name: m[1],
      label: m[2],
      props: (m[3] ?? "").split(",").map(p => p.trim()),
    }));
    const keyed = constraints.filter(c => c.props.includes(`n.${KEY_PROPERTY}`));
    expect(keyed.map(c => c.label).sort()).toEqual([...KEYED_LABELS].sort());
    for (const c of keyed) {
      expect(c.name).toBe(keyConstraintName(c.label as string));
      // entity keys are unique per snapshot slot (docs/loading.md); the seed state is not slotted
      expect(c.props.includes(`n.${SLOT_PROPERTY}`)).toBe(isSlotted(c.label as string));
    }
    for (const c of constraints) {
      expect(KEYED_LABELS).toContain(c.label);
    }
  });

  test("cypher/schema: the full-text index covers only labels of the vocabulary", () => {
    const text = read("cypher/schema/020-fulltext.cypher");
    const labels = /FOR \(n:([\w|]+)\)/.exec(text)?.[1]?.split("|") ?? [];
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) {
      expect(NODE_LABELS).toContain(label);
    }
  });

  test("docs/data-model.md: its label and relationship-type tables list the vocabulary, no more, no less", () => {
    const doc = read("docs/data-model.md");
    expect(tableFirstColumn(doc, "Labels").sort()).toEqual([...ENTITY_LABELS].sort());
    const types = tableFirstColumn(doc, "Relationship types").flatMap(c => c.split(" / "));
    expect(types.sort()).toEqual([...RELATIONSHIP_TYPES].sort());
  });

  test("the committed snapshot holds one file per label and per relationship type of the vocabulary", () => {
    const names = (dir: string) =>
      readdirSync(path.join(REPO_ROOT, DEFAULT_SNAPSHOT_DIR, dir))
        .filter(f => f.endsWith(RECORDS_EXTENSION))
        .map(f => f.slice(0, -RECORDS_EXTENSION.length))
        .sort();
    expect(names(NODES_DIR)).toEqual([...ENTITY_LABELS].sort());
    expect(names(RELATIONSHIPS_DIR)).toEqual([...RELATIONSHIP_TYPES].sort());
  });

  test("the seed's allow-list and the API registry use the vocabulary's labels and types", () => {
    expect(SEED_LABELS).toBe(NODE_LABELS);
    const labels = new Set<string>(NODE_LABELS);
    const types = new Set<string>(RELATIONSHIP_TYPES);
    for (const entity of ENTITIES) {
      expect(labels).toContain(entity.label);
      const hops = [
        ...entity.relations.flatMap(r => r.hops),
        ...entity.groups.flatMap(g => (g.kind === "path" ? g.hops : [])),
      ];
      for (const hop of hops) {
        for (const type of hop.type.split("|")) {
          expect(types).toContain(type);
        }
        for (const label of hop.label.split("|")) {
          expect(labels).toContain(label);
        }
      }
    }
  });

  test("constraint names: snake case of the label, per slot for entity labels", () => {
    expect(keyConstraintName("DigitalDirectorate")).toBe("digital_directorate_key_slot");
    expect(keyConstraintName("Ministry")).toBe("ministry_key_slot");
    expect(keyConstraintName("SeedState")).toBe("seed_state_key");
  });

  test("the loader's errors name the folder actually loaded", async () => {
    const snapshot = {
      dir: "/data/other-snapshot",
      manifest: {} as Snapshot["manifest"],
      nodes: new Map([["Bogus", []]]),
      relationships: new Map(),
    } as Snapshot;
    await expect(planLoad(snapshot)).rejects.toThrow(
      `${path.join("/data/other-snapshot", NODES_DIR, "Bogus.jsonl")}: unknown label 'Bogus'`,
    );
  });
});
