/**
 * Full build on the real shared data (no database): counts against the raw files, determinism,
 * privacy, and agreement with the committed snapshot. Only runs when ../shared/data exists.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildSnapshot, type BuildResult } from "../../../src/importers/build";

const ROOT = path.join(__dirname, "..", "..", "..");
const DATA = path.resolve(ROOT, "..", "shared", "data");
const SEED = path.join(ROOT, "seed");

if (!existsSync(DATA)) {
  test("shared data absent", () => expect(existsSync(DATA)).toBe(false));
} else {
  describe("build on the real shared data", () => {
    let result: BuildResult;
    let second: BuildResult;

    beforeAll(async () => {
      result = await buildSnapshot({ dataDir: DATA, seedDir: SEED });
      second = await buildSnapshot({ dataDir: DATA, seedDir: SEED });
    }, 60000);

    const nodes = (label: string): number => result.manifest.counts.nodes[label] ?? 0;
    const rels = (type: string): number => result.manifest.counts.relationships[type] ?? 0;
    const rejected = (file: string): string[] =>
      result.unresolved.rejected.filter(r => r.file === file).map(r => r.record);

    test("beta.gouv.fr: 662 startups, 23 incubators, 8 phases, 3,484 members", () => {
      expect(nodes("Startup")).toBe(662);
      expect(nodes("Incubator")).toBe(23);
      expect(nodes("Phase")).toBe(8);
      expect(
        result.ctx.graph
          .allNodes()
          .filter(n => n.label === "Contributor" && n.key.startsWith("beta:")),
      ).toHaveLength(3484);
      expect(rels("INCUBATED_BY")).toBe(662 + 2); // ecobalyse and ecopass carry an extra incubators list
    });

    test("organisations: 145 files minus documented rejects, redactions and alias merges", () => {
      const orgRejects = rejected("betagouv/organisations.tar.gz");
      expect(orgRejects.sort()).toEqual([
        "content/_organisations/Préfecture",
        "content/_organisations/idfm",
      ]);
      const betagouvOrgs = result.ctx.graph
        .allNodes()
        .filter(n => n.label === "Organization" && n.props.betagouvId !== undefined);
      // 145 - 2 rejected - 1 redacted (kept nameless, no id) - 2 merged (agence-national-de-l-habitat
      // → anah, the second Interior DRH file)
      expect(betagouvOrgs).toHaveLength(145 - 2 - 1 - 2);
      const redacted = result.ctx.graph.getNode({
        label: "Organization",
        key: "redacted:a164a09b66dd511e",
      });
      expect(redacted?.props).toMatchObject({ redacted: true });
      expect(redacted?.props).not.toHaveProperty("name");
      expect(
        result.ctx.graph
          .allRels()
          .filter(r => r.type === "SPONSORED_BY" && r.to.key === "redacted:a164a09b66dd511e"),
      ).toHaveLength(1);
      expect(result.unresolved.categories.incubatorOwnerMissing?.count).toBe(2);
      expect(result.unresolved.categories.incubatorOwnerUnknown).toBeUndefined();
    });

    test("2021 inventory: 9,157 rows → 9,066 distinct normalised URLs (91 duplicates)", () => {
      expect(result.stats.repositoryRows2021).toBe(9157);
      expect(result.stats.repositoryDistinct2021).toBe(9066);
      expect(nodes("Repository")).toBeGreaterThanOrEqual(9066);
      expect(rels("PUBLISHED_FROM")).toBeGreaterThan(400);
    });

    test("SILL: 240 software, 100 services", () => {
      expect(
        result.ctx.graph
          .allNodes()
          .filter(n => n.label === "Software" && n.key.startsWith("sill:")),
      ).toHaveLength(240);
      const deploys = result.ctx.graph
        .allRels()
        .filter(r => r.type === "DEPLOYS" && r.prov.some(p => p.source === "sill-2022"));
      expect(
        deploys.length + (result.unresolved.categories.sillServiceSoftwareUnknown?.count ?? 0),
      ).toBe(100);
    });

    test("La Suite: 14 repositories, 293 contributor rows, internal packages resolved to Software", () => {
      expect(
        result.ctx.graph
          .allRels()
          .filter(
            r => r.type === "CONTRIBUTES_TO" && r.prov.some(p => p.source === "suitenumerique"),
          ),
      ).toHaveLength(293);
      const implemented = result.ctx.graph
        .allRels()
        .filter(r => r.type === "IMPLEMENTS" && r.prov.some(p => p.source === "suitenumerique"));
      expect(implemented).toHaveLength(14);
      const toUiKit = result.ctx.graph
        .allRels()
        .filter(
          r =>
            r.type === "DEPENDS_ON" && r.to.key === "lasuite:ui-kit" && r.from.label === "Software",
        );
      expect(toUiKit.length).toBeGreaterThanOrEqual(3);
      const docsRepo = result.ctx.graph
        .allRels()
        .find(r => r.type === "HAS_REPOSITORY" && r.from.key === "docs");
      expect(docsRepo?.to.key).toBe("github.com/suitenumerique/docs");
      const visio = result.ctx.graph
        .allRels()
        .find(r => r.type === "HAS_REPOSITORY" && r.from.key === "visio");
      expect(visio?.to.key).toBe("github.com/suitenumerique/meet");
    });

    test("public-repos: 277 repositories, 5,570 contributor rows, packages resolved", () => {
      const all = result.ctx.graph.allNodes();
      expect(
        all.filter(n => n.label === "Repository" && n.props.hasGitFacts === true),
      ).toHaveLength(277);
      const fromPublic = (type: string): number =>
        result.ctx.graph
          .allRels()
          .filter(r => r.type === type && r.prov.some(p => p.source === "public-repos")).length;
      expect(fromPublic("CONTRIBUTES_TO")).toBe(5570);
      // 3,757 pseudonyms in public-repos, 3,864 with suitenumerique/ (76 in both folders)
      expect(all.filter(n => n.label === "Contributor" && n.key.startsWith("git:"))).toHaveLength(
        3864,
      );
      expect(fromPublic("PUBLISHED_FROM")).toBeGreaterThan(400);
      expect(rels("CONTRIBUTES_TO")).toBe(293 + 5570);
      // the 80 not-fetched rows: every reason but "renamed" / "already described" is reported
      const notFetched = Object.entries(result.unresolved.categories)
        .filter(([name]) => name.startsWith("notFetched"))
        .reduce((sum, [, c]) => sum + c.count, 0);
      expect(notFetched).toBe(80 - 2 - 4);
      // the mim-libre host claimed by two pso_ids: decided by the PCLL OSPO code list
      expect(result.unresolved.categories.forgeHostDecidedByOspo?.examples).toEqual([
        "gitlab.mim-libre.fr: 4ca60afd-3886-434c-80bb-f6bc55581323 | 3ed2f725-e077-4973-a531-498e13fc7861 → 3ed2f725-e077-4973-a531-498e13fc7861",
      ]);
    });

    test("deterministic: two builds give byte-identical files", () => {
      expect([...second.files.keys()]).toEqual([...result.files.keys()]);
      for (const [file, content] of result.files) {
        expect(second.files.get(file) === content).toBe(true);
      }
    });

    test("the committed snapshot is up to date (npm run seed:build)", () => {
      const manifest = path.join(SEED, "snapshot", "manifest.json");
      expect(existsSync(manifest)).toBe(true);
      expect(readFileSync(manifest, "utf8")).toBe(result.files.get("manifest.json"));
    });

    test("privacy: no e-mail address or member file name in the snapshot", () => {
      const all = [...result.files.values()].join("\n");
      expect(
        all.match(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[a-z]{2,}/g) ?? [],
      ).toEqual([]);
      // member records are named by pseudonym only (content/_authors/beta:<16 hex>)
      expect(all).not.toMatch(/content\/_authors\/(?!beta:[0-9a-f]{16}")/);
      expect(all).not.toContain("Bruno CHIOCCHIA");
      expect(all).not.toContain("bruno-chiocchia");
    });
  });
}
