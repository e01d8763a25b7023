import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { CypherRegistry } from "../../../src/db";
import { CYPHER_DIR } from "../../../src/paths";
import { runReport } from "../../../src/reports/run-report";
import type { AnalyticsDeps } from "../../../src/services/analytics/subject";
import { openTestDb, type TestDb } from "../../setup/test-db";
import { HAND_BUILT_GRAPH } from "../analytics/hand-built-graph";

/**
 * Ministry m1 of the hand-built graph, extended: o1 (PART_OF m1) and its organisation file o1b
 * (SAME_AS m1), directorate dd1, start-ups st3 (construction) and st4 (no phase) sponsored by o1,
 * st5 sponsored by o2 (another ministry), a repository of o1 with a licence and one of m1 without.
 */
const MINISTRY_FIXTURE = `
MATCH (m1:Ministry {key: 'm1'}), (o1:Organization {key: 'o1'}), (o2:Organization {key: 'o2'}),
      (e:Software {key: 'e'})
CREATE (o1b:Organization {key: 'o1b', name: 'Org 1 file'})-[:SAME_AS]->(m1),
       (:DigitalDirectorate {key: 'dd1', name: 'Directorate 1', acronym: 'DD1'})-[:PART_OF]->(m1),
       (st3:Startup {key: 'st3', title: 'Startup 3', currentPhase: 'construction'})-[:SPONSORED_BY]->(o1),
       (:Startup {key: 'st4', title: 'Startup 4'})-[:SPONSORED_BY]->(o1b),
       (:Startup {key: 'st5', title: 'Startup 5', currentPhase: 'acceleration'})-[:SPONSORED_BY]->(o2),
       (st3)-[:PRODUCES]->(e),
       (:Repository {key: 'forge/o1/tool', license: 'MIT', isArchived: false, lastUpdate: '2025-05-01'})-[:OWNED_BY]->(o1),
       (:Repository {key: 'forge/m1/old'})-[:OWNED_BY]->(m1)
`;

const csv = (folder: string, name: string): Array<Record<string, string>> =>
  parse(readFileSync(path.join(folder, name), "utf8"), { columns: true }) as Array<
    Record<string, string>
  >;

describe("reports written from the test Neo4j (runReport)", () => {
  let testDb: TestDb;
  let deps: AnalyticsDeps;
  let out: string;
  beforeAll(async () => {
    testDb = await openTestDb();
    await testDb.wipe();
    await testDb.db.write(HAND_BUILT_GRAPH);
    await testDb.db.write(MINISTRY_FIXTURE);
    deps = { db: testDb.db, cypher: CypherRegistry.load(CYPHER_DIR) };
    out = mkdtempSync(path.join(tmpdir(), "reports-"));
  });
  afterAll(async () => {
    rmSync(out, { recursive: true, force: true });
    await testDb?.close();
  });

  test("ministry: one folder with Markdown, JSON and one CSV per table, parsed back", async () => {
    const files = await runReport(deps, {
      kind: "ministry",
      subject: "Ministry:m1",
      dir: out,
      generatedAt: "2026-09-01T10:00:00.000Z",
    });
    const folder = path.join(out, "ministry-Ministry_m1-2026-09-01");
    expect(files.map(f => path.relative(folder, f)).sort()).toEqual(readdirSync(folder).sort());
    expect(readdirSync(folder).sort()).toEqual([
      "bodies.csv",
      "report.json",
      "report.md",
      "repositories.csv",
      "single-points-of-failure.csv",
      "startups-by-phase.csv",
      "startups.csv",
      "tools.csv",
    ]);

    const bodies = csv(folder, "bodies.csv");
    expect(bodies.map(b => [b.kind, b.key, b.relationships])).toEqual([
      ["DigitalDirectorate", "dd1", "PART_OF"],
      ["Organization", "o1", "PART_OF"],
      ["Organization", "o1b", "SAME_AS"],
    ]);
    expect(csv(folder, "startups.csv").map(s => [s.key, s.phase, s.sponsors])).toEqual([
      ["st3", "construction", "Org 1"],
      ["st4", "", "Org 1 file"],
    ]);
    expect(csv(folder, "startups-by-phase.csv")).toEqual([
      { phase: "construction", startups: "1", share: "0.5" },
      { phase: "unknown", startups: "1", share: "0.5" },
    ]);
    expect(csv(folder, "tools.csv").map(t => [t.software, t.relationship, t.by])).toEqual([
      ["d", "USES", "o1"],
      ["e", "PRODUCES", "st3"],
    ]);
    expect(csv(folder, "repositories.csv").map(r => [r.repository, r.licence, r.owners])).toEqual(
      [
        ["forge/m1/old", "", "m1"],
        ["forge/o1/tool", "MIT", "o1"],
      ],
    );
    // o1 uses d, and st3 produces e: every articulation point on d's chain reaches the ministry
    const spofs = csv(folder, "single-points-of-failure.csv");
    expect(spofs.length).toBeGreaterThan(0);
    for (const s of spofs) {
      expect(s.reached_members.split("; ").every(m => ["Organization:o1", "Startup:st3"].includes(m))).toBe(true);
    }
    expect(spofs.map(s => s.node)).toContain("e");

    const md = readFileSync(path.join(folder, "report.md"), "utf8");
    expect(md).toContain("- start-up phase: 1 found, 1 of 2 unknown");
    expect(md).toContain("- tool licence: 0 found, 2 of 2 unknown");
    expect(md).toContain("- repository licence: 1 found, 1 of 2 unknown");
    // members: m1, o1, o1b, dd1, st3, st4; only o1 and st3 state a tool
    expect(md).toContain("- ministry, bodies and start-ups with a stated tool: 2 found, 4 of 6 unknown");
    expect(md).toContain("## Bodies (3)");

    const json = JSON.parse(readFileSync(path.join(folder, "report.json"), "utf8")) as {
      kind: string;
      headline: string[];
      tables: Array<{ name: string; rows: unknown[] }>;
      method: { name: string };
    };
    expect(json.kind).toBe("ministry");
    expect(json.tables.find(t => t.name === "bodies")?.rows).toHaveLength(3);
    expect(json.headline.join("\n")).toContain("1 of 2 unknown");
  });

  test("sovereignty: the headline counts unknown licences beside the findings", async () => {
    await runReport(deps, {
      kind: "sovereignty",
      subject: "Software:a",
      dir: out,
      generatedAt: "2026-09-01T10:00:00.000Z",
    });
    const folder = path.join(out, "sovereignty-Software_a-2026-09-01");
    const md = readFileSync(path.join(folder, "report.md"), "utf8");
    const classes = csv(folder, "licence-classes.csv");
    const unknown = Number(classes.find(c => c.licence_class === "UNKNOWN")?.components);
    expect(unknown).toBeGreaterThan(0);
    expect(md).toMatch(new RegExp(`- NO_LICENCE: \\d+ found, ${unknown} of \\d+ unknown`));
  });

  test.each([
    ["critical-mass", "Software:a", "contributor affiliation"],
    ["exposure", "Software:d", "exposed start-up ministry"],
    ["reuse", "Software:d", "user ministry"],
  ])("%s: the headline gives found beside unknown of total", async (kind, subject, figure) => {
    const files = await runReport(deps, {
      kind: kind as "critical-mass" | "exposure" | "reuse",
      subject,
      dir: out,
      generatedAt: "2026-09-01T10:00:00.000Z",
    });
    const md = readFileSync(files.find(f => f.endsWith("report.md"))!, "utf8");
    const headline = md.slice(md.indexOf("## Headline"), md.indexOf("\n## ", md.indexOf("## Headline") + 1));
    expect(headline).toMatch(new RegExp(`- ${figure}: \\d+ found, \\d+ of \\d+ unknown`));
  });

  test("coverage: no subject; each figure found beside unknown of total, as counted by Cypher", async () => {
    const files = await runReport(deps, {
      kind: "coverage",
      subject: "graph",
      dir: out,
      generatedAt: "2026-09-01T10:00:00.000Z",
    });
    const folder = path.join(out, "coverage-graph-2026-09-01");
    expect(files.map(f => path.relative(folder, f)).sort()).toEqual(readdirSync(folder).sort());
    const count = async (cypher: string) => Number((await testDb.db.read(cypher))[0]?.c);
    const total = await count("MATCH (s:Startup) RETURN count(s) AS c");
    const found = await count(
      "MATCH (s:Startup) WHERE EXISTS { (s)-[:SPONSORED_BY]->(:Organization)-[:PART_OF|SAME_AS]->(:Ministry) } RETURN count(s) AS c",
    );
    expect(found).toBeGreaterThan(0);
    const row = csv(folder, "coverage.csv").find(r => r.figure === "startupsWithMinistry");
    expect([row?.found, row?.total]).toEqual([String(found), String(total)]);
    const md = readFileSync(path.join(folder, "report.md"), "utf8");
    expect(md).toContain(
      `- ${row?.description}: ${found} found, ${total - found} of ${total} unknown`,
    );
    const withoutStartup = csv(folder, "ministries-without-startup.csv").map(m => m.ministry);
    expect(withoutStartup).not.toContain("m1");
  });

  test("an unknown ministry is NOT_FOUND with suggestions; nothing is written", async () => {
    await expect(
      runReport(deps, { kind: "ministry", subject: "Ministry:m4", dir: out }),
    ).rejects.toThrow(/no Ministry with key 'm4'/);
    expect(readdirSync(out).some(f => f.includes("m4"))).toBe(false);
  });
});
