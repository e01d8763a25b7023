import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildSnapshot, type BuildResult } from "../../../src/importers/build";
import { memberKey } from "../../../src/importers/core/normalise";
import { readSnapshot } from "../../../src/importers/snapshot-format";
import { diffSnapshot, writeSnapshot } from "../../../src/importers/snapshot/writer";
import {
  BETAGOUV,
  FIXTURE_MEMBER_NAMES,
  FIXTURE_SEED_DIR,
  type FixtureData,
  writeFixtureData,
} from "./helpers/fixture-data";

function lines(result: BuildResult, file: string): Array<Record<string, unknown>> {
  const text = result.files.get(file) ?? "";
  return text
    .split("\n")
    .filter(l => l !== "")
    .map(l => JSON.parse(l) as Record<string, unknown>);
}

function keysOf(result: BuildResult, label: string): string[] {
  return lines(result, `nodes/${label}.jsonl`).map(n => String(n.key));
}

function rels(
  result: BuildResult,
  type: string,
): Array<{
  from: { key: string };
  to: { key: string; label: string };
  props: Record<string, unknown>;
}> {
  return lines(result, `relationships/${type}.jsonl`) as unknown as Array<{
    from: { key: string };
    to: { key: string; label: string };
    props: Record<string, unknown>;
  }>;
}

describe("full build on fixture data", () => {
  let data: FixtureData;
  let result: BuildResult;

  beforeAll(async () => {
    data = writeFixtureData();
    result = await buildSnapshot({ dataDir: data.dir, seedDir: FIXTURE_SEED_DIR });
  });
  afterAll(() => data.cleanup());

  test("beta.gouv.fr records, aliases and rejects", () => {
    expect(keysOf(result, "Startup")).toEqual(["autre", "mon-service"]);
    expect(keysOf(result, "Organization")).toEqual(
      expect.arrayContaining(["anah", "armees", "dinum"]),
    );
    expect(keysOf(result, "Organization")).not.toContain("agence-national-de-l-habitat");
    const rejected = result.unresolved.rejected.map(r => `${r.file}: ${r.record}: ${r.reason}`);
    expect(rejected).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^betagouv\/organisations\.tar\.gz: content\/_organisations\/Préfecture: not a markdown document/,
        ),
        expect.stringMatching(
          /^betagouv\/startups\.tar\.gz: content\/_startups\/casse\.md: invalid front matter: /,
        ),
      ]),
    );
  });

  test("sponsor through an alias, ministry through the domain mapping or SAME_AS", () => {
    const sponsors = rels(result, "SPONSORED_BY").map(r => `${r.from.key}->${r.to.key}`);
    expect(sponsors).toEqual(["mon-service->anah", "mon-service->dinum"]);
    const partOf = rels(result, "PART_OF").map(r => `${r.from.key}->${r.to.key}`);
    expect(partOf).toContain("dinum->premier-ministre");
    expect(rels(result, "SAME_AS").map(r => `${r.from.key}->${r.to.key}`)).toEqual(
      expect.arrayContaining(["armees->armees", "dinum->dinum"]),
    );
    expect(result.unresolved.categories.incubatorOwnerMissing?.examples).toEqual(["orphan"]);
  });

  test("phases: current = latest start not after the snapshot date, future = planned", () => {
    const startups = lines(result, "nodes/Startup.jsonl");
    const autre = startups.find(s => s.key === "autre")?.props as Record<string, unknown>;
    expect(autre.currentPhase).toBe("construction");
    const planned = rels(result, "IN_PHASE").filter(
      r => r.from.key === "autre" && r.props.planned === true,
    );
    expect(planned.map(r => r.to.key)).toEqual(["acceleration"]);
    const ms = startups.find(s => s.key === "mon-service")?.props as Record<string, unknown>;
    expect(ms).toMatchObject({
      currentPhase: "acceleration",
      currentPhaseStart: "2021-01-01",
      techno: ["nodejs", "react"],
      fastPromotion: 12,
      fastAmount: 100000,
    });
    expect(ms).not.toHaveProperty("mission");
    expect(ms).not.toHaveProperty("contact");
  });

  test("repositories: URLs normalised, duplicates merged, owners through forge accounts", () => {
    expect(keysOf(result, "Repository")).toEqual(
      expect.arrayContaining([
        "github.com/betagouv/mon-service",
        "forge.example.fr/grp/sub/lib",
        "github.com/suitenumerique/docs",
      ]),
    );
    expect(result.stats).toEqual({ repositoryRows2021: 4, repositoryDistinct2021: 3 });
    const owned = rels(result, "OWNED_BY").map(r => `${r.from.key}->${r.to.label}:${r.to.key}`);
    expect(owned).toContain(
      "github.com/betagouv/mon-service->Organization:pso:c21fa08e-f09e-4312-a6d8-400e812454c4",
    );
    expect(owned).toContain(
      "forge.example.fr/grp/sub/lib->Organization:pso:4ca60afd-3886-434c-80bb-f6bc55581323",
    );
    expect(rels(result, "HAS_REPOSITORY").map(r => `${r.from.key}->${r.to.key}`)).toEqual([
      "mon-service->github.com/betagouv/mon-service",
    ]);
    expect(result.unresolved.categories.startupRepositoryNotAForge?.count).toBe(1);
    expect(result.unresolved.categories.repositoryWithoutOrganisation?.examples).toContain(
      "github.com/someone/other",
    );
    expect(rels(result, "HAS_FORGE_ACCOUNT").map(r => `${r.to.key}`)).toContain(
      "github.com/fabnum",
    );
  });

  test("members: pseudonymous, one MEMBER_OF per mission × startup, exact employer matches only", () => {
    const camille = memberKey("camille.exemple");
    expect(keysOf(result, "Contributor")).toEqual(
      expect.arrayContaining([camille, memberKey("dominique.testeur")]),
    );
    const memberOf = rels(result, "MEMBER_OF").filter(r => r.from.key === camille);
    expect(memberOf).toHaveLength(2);
    expect(memberOf.map(r => r.props.start).sort()).toEqual(["2020-01-01", "2021-02-01"]);
    const affiliated = rels(result, "AFFILIATED_WITH")
      .filter(r => r.from.key === camille)
      .map(r => r.to.key);
    expect(affiliated).toEqual(["dinum"]);
    const previously = rels(result, "MEMBER_OF")
      .filter(r => r.props.basis === "previously")
      .map(r => r.to.key);
    expect(previously).toEqual(["autre"]);
  });

  test("SILL software, services and referents", () => {
    expect(keysOf(result, "Software")).toEqual(expect.arrayContaining(["sill:1", "sill:2"]));
    expect(rels(result, "PART_OF").map(r => `${r.from.key}->${r.to.key}`)).toContain(
      "sill:2->sill:1",
    );
    const deploys = rels(result, "DEPLOYS").map(
      r => `${r.from.key}->${r.to.key}:${String(r.props.basis)}`,
    );
    expect(deploys).toEqual(
      expect.arrayContaining([
        "dinum->sill:1:software_sill_id",
        "sill-agency:cd99->sill:2:exact-software-name",
      ]),
    );
    expect(result.unresolved.categories.sillServiceSoftwareUnknown?.count).toBe(1);
    const lo = lines(result, "nodes/Software.jsonl").find(s => s.key === "sill:1")?.props as Record<
      string,
      unknown
    >;
    expect(lo).toMatchObject({
      wikidataId: "Q10135",
      supportContract2025: true,
      sillStatus: "RECOMMENDED",
    });
    expect(lo).not.toHaveProperty("fr-desc");
  });

  test("La Suite: internal packages resolve to Software, others to Package; contributors affiliated by domain", () => {
    const deps = rels(result, "DEPENDS_ON").map(
      r => `${r.from.key}->${r.to.label}:${r.to.key}:${String(r.props.kind)}`,
    );
    expect(deps).toEqual(
      expect.arrayContaining([
        "lasuite:docs->Software:lasuite:ui-kit:RUNTIME",
        "lasuite:docs->Software:lasuite:django-lasuite:RUNTIME",
        "lasuite:docs->Package:npm:react:RUNTIME",
        "lasuite:docs->Package:pypi:django:RUNTIME",
        "lasuite:docs->Software:proconnect:RUNTIME",
        "github.com/suitenumerique/docs->Package:npm:jest:DEV",
      ]),
    );
    expect(deps.some(d => d.includes("packages-i18n"))).toBe(false);
    const affiliations = rels(result, "AFFILIATED_WITH")
      .filter(r => r.from.key.startsWith("git:"))
      .map(r => `${r.from.key}->${r.to.label}:${r.to.key}`);
    expect(affiliations).toEqual([
      "git:aaaaaaaaaaaa->Organization:dinum",
      "git:bbbbbbbbbbbb->Partner:zendis",
    ]);
    expect(rels(result, "CONTRIBUTES_TO")).toHaveLength(4);
    expect(rels(result, "FUNDS").map(r => `${r.from.key}->${r.to.key}`)).toEqual([
      "dinum->lasuite:docs",
    ]);
    expect(rels(result, "CO_DEVELOPS").map(r => `${r.from.key}->${r.to.key}`)).toEqual([
      "zendis->lasuite:docs",
    ]);
    expect(rels(result, "DEPLOYS").map(r => r.from.key)).toEqual(
      expect.arrayContaining(["mosa-cloud"]),
    );
  });

  test("every record carries provenance with a known source and an ISO date", () => {
    const sources = new Set([
      "betagouv",
      "codegouvfr-data",
      "codegouvfr-website",
      "codes-sources-fr-2021",
      "curated",
      "public-statements",
      "sill-2022",
      "suitenumerique",
    ]);
    for (const [file] of result.files) {
      if (!file.endsWith(".jsonl")) {
        continue;
      }
      for (const line of lines(result, file)) {
        const prov = line.prov as Array<{
          source: string;
          date: string;
          record: string;
          licence: string;
        }>;
        expect(prov.length).toBeGreaterThan(0);
        for (const p of prov) {
          expect(sources.has(p.source)).toBe(true);
          expect(p.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(p.licence).not.toBe("");
        }
      }
    }
  });

  test("privacy: no e-mail address, member name, handle or personal link in the snapshot", () => {
    const all = [...result.files.values()].join("\n");
    expect(all).not.toMatch(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}/);
    for (const name of FIXTURE_MEMBER_NAMES) {
      expect(all).not.toContain(name);
      expect(all.toLowerCase()).not.toContain(name.toLowerCase().replace(" ", "."));
    }
    expect(all).not.toContain("camille-gh");
    expect(all).not.toContain("camille.example.org");
    expect(all).not.toContain("Pitch that must not be kept");
    expect(all).not.toContain("Long description");
  });

  test("deterministic: a second build gives byte-identical files; write/check/read round trip", async () => {
    const again = await buildSnapshot({ dataDir: data.dir, seedDir: FIXTURE_SEED_DIR });
    expect([...again.files.entries()]).toEqual([...result.files.entries()]);
    expect(result.files.get("manifest.json")).not.toMatch(/builtAt|timestamp/);
    const out = mkdtempSync(path.join(os.tmpdir(), "snapshot-"));
    try {
      writeSnapshot(out, result.files);
      expect(diffSnapshot(out, again.files)).toEqual([]);
      const snapshot = readSnapshot(out);
      expect(snapshot.manifest.counts.nodes.Startup).toBe(2);
      expect(snapshot.nodes.get("Startup")?.map(n => n.key)).toEqual(["autre", "mon-service"]);
      const file = path.join(out, "nodes", "Startup.jsonl");
      writeFileSync(file, `${readFileSync(file, "utf8")}{"key": 3}\n`);
      expect(() => readSnapshot(out)).toThrow(`${file}:3: `);
      expect(diffSnapshot(out, again.files)).toEqual(["differs: nodes/Startup.jsonl"]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe("malformed input", () => {
  test("strict mode fails on the first malformed record, naming file and record", async () => {
    const data = writeFixtureData();
    try {
      await expect(
        buildSnapshot({ dataDir: data.dir, seedDir: FIXTURE_SEED_DIR, strict: true }),
      ).rejects.toThrow(/^betagouv\/organisations\.tar\.gz: content\/_organisations\/Préfecture: /);
    } finally {
      data.cleanup();
    }
  });

  test("a front matter failing the schema is skipped and reported with file and record", async () => {
    const data = writeFixtureData({
      betagouv: {
        incubators: {
          ...BETAGOUV.incubators,
          "sans-titre.md": "---\nowner: /organisations/dinum\n---\n",
        },
      },
    });
    try {
      const result = await buildSnapshot({ dataDir: data.dir, seedDir: FIXTURE_SEED_DIR });
      expect(result.unresolved.rejected).toContainEqual({
        file: "betagouv/incubators.tar.gz",
        record: "content/_incubators/sans-titre.md",
        reason: expect.stringMatching(/^invalid front matter: title: /) as unknown as string,
      });
    } finally {
      data.cleanup();
    }
  });

  test("a bad CSV row is a structural error naming the file and the row", async () => {
    const data = writeFixtureData({
      text: { "sill/sill-api-2022/services.csv": "id,agency_name\n1,DINUM\n2\n" },
    });
    try {
      await expect(buildSnapshot({ dataDir: data.dir, seedDir: FIXTURE_SEED_DIR })).rejects.toThrow(
        "sill/sill-api-2022/services.csv: row=2: expected 2 columns, found 1",
      );
    } finally {
      data.cleanup();
    }
  });

  test("bad YAML names the file and the line", async () => {
    const data = writeFixtureData({
      text: { "codegouvfr-data/top_organizations.yml": "a: [unclosed\n" },
    });
    try {
      await expect(buildSnapshot({ dataDir: data.dir, seedDir: FIXTURE_SEED_DIR })).rejects.toThrow(
        /^codegouvfr-data\/top_organizations\.yml: line \d+: invalid YAML/,
      );
    } finally {
      data.cleanup();
    }
  });

  test("an unreadable archive is fatal", async () => {
    const data = writeFixtureData();
    writeFileSync(path.join(data.dir, "betagouv", "phases.tar.gz"), "garbage");
    try {
      await expect(buildSnapshot({ dataDir: data.dir, seedDir: FIXTURE_SEED_DIR })).rejects.toThrow(
        /^betagouv\/phases\.tar\.gz: unreadable archive/,
      );
    } finally {
      data.cleanup();
    }
  });

  test("a missing data folder is a one-line error naming the path", async () => {
    await expect(
      buildSnapshot({ dataDir: "/nonexistent/shared/data", seedDir: FIXTURE_SEED_DIR }),
    ).rejects.toThrow("/nonexistent/shared/data: data folder not found");
  });
});
