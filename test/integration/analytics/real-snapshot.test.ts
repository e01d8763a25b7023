import path from "node:path";
import { readSnapshot } from "../../../src/importers/snapshot-format";
import { REPO_ROOT } from "../../../src/paths";
import { loadSnapshot } from "../../../src/seed";
import {
  keys,
  setUpAnalytics,
  tearDownAnalytics,
  type AnalyticsTestEnv,
} from "./analytics-test-app";

const DOCS = `{kind: SOFTWARE, key: "lasuite:docs"}`;

describe("analytics on the real snapshot (La Suite Docs)", () => {
  let env: AnalyticsTestEnv;
  beforeAll(async () => {
    env = await setUpAnalytics(async t => {
      await loadSnapshot(t.db, readSnapshot(path.join(REPO_ROOT, "seed/snapshot")));
    });
  }, 600_000); // the real snapshot (≈ 80,000 records since public-repos) on a busy machine
  afterAll(() => tearDownAnalytics(env));

  test("Docs declares dependencies on other La Suite packages, with their requirements", async () => {
    const { dependencies: d } = await env.data<{
      dependencies: {
        directCount: number;
        items: { node: { kind: string; key: string }; depth: number; requirement: string }[];
      };
    }>(
      `{ dependencies(of: ${DOCS}, first: 5000) { directCount items { node { kind key } depth requirement } } }`,
    );
    const suite = d.items
      .filter(i => i.node.kind === "SOFTWARE")
      .map(i => [i.node.key, i.depth, i.requirement]);
    expect(suite).toEqual([
      ["lasuite:django-lasuite", 1, "==0.0.27"],
      ["lasuite:integration", 1, "1.0.3"],
      ["lasuite:ui-kit", 1, "0.28.0"],
    ]);
    expect(d.directCount).toBeGreaterThan(100);
  });

  test("paths from Docs to the La Suite integration package", async () => {
    const { dependencyPaths: p } = await env.data<{
      dependencyPaths: { paths: { nodes: { key: string }[] }[] };
    }>(
      `{ dependencyPaths(from: ${DOCS}, to: {kind: SOFTWARE, key: "lasuite:integration"}) { paths { nodes { key } } } }`,
    );
    expect(p.paths.map(x => keys(x.nodes))).toEqual([
      ["lasuite:docs", "lasuite:integration"],
      ["lasuite:docs", "lasuite:ui-kit", "lasuite:integration"],
    ]);
  });

  test("Docs contributors and their sector shares (unknown share shown)", async () => {
    const { criticalMass: c } = await env.data<{
      criticalMass: {
        contributorsAllTime: number;
        activeContributors: number;
        contributorAbsenceFactor: number;
        elephantFactor: number;
        unknownAffiliationShare: number;
        sectorShares: { sector: string; contributors: number }[];
        organizations: { organization: { key: string } }[];
        verdict: { reached: boolean };
      };
    }>(
      `{ criticalMass(of: ${DOCS}, asOf: "2026-08-20") { contributorsAllTime activeContributors contributorAbsenceFactor elephantFactor unknownAffiliationShare
         sectorShares { sector contributors } organizations { organization { key } } verdict { reached } } }`,
    );
    expect(c.contributorsAllTime).toBe(83);
    expect(c.contributorAbsenceFactor).toBe(1);
    expect(c.verdict.reached).toBe(false);
    expect(c.sectorShares.map(s => s.sector)).toEqual([
      "STATE",
      "COMPANY",
      "CIVIL_SOCIETY",
      "FOREIGN_STATE",
      "UNKNOWN",
    ]);
    expect(
      c.sectorShares.find(s => s.sector === "FOREIGN_STATE")?.contributors,
    ).toBeGreaterThanOrEqual(1);
    expect(c.unknownAffiliationShare).toBeGreaterThan(0.2);
    expect(keys(c.organizations.map(o => o.organization))).toContain("dinum");
  });

  test("exposure of django-lasuite reaches the Prime Minister's services", async () => {
    const { exposure: e } = await env.data<{
      exposure: {
        directDependents: number;
        startups: { entity: { key: string } }[];
        ministries: { ministry: { key: string } }[];
      };
    }>(
      `{ exposure(of: {kind: SOFTWARE, key: "lasuite:django-lasuite"}) { directDependents startups { entity { key } } ministries { ministry { key } } } }`,
    );
    expect(e.directDependents).toBeGreaterThanOrEqual(8);
    expect(keys(e.startups.map(s => s.entity))).toContain("docs");
    expect(keys(e.ministries.map(m => m.ministry))).toContain("premier-ministre");
  });

  test("reuse, sovereignty, criticality and connection path for Docs", async () => {
    const r = await env.data<{
      reuseBreadth: { evidence: { user: { key: string } }[] };
      sovereigntyExposure: {
        findings: { kind: string; component: { key: string }; depth: number }[];
      };
      criticalityScore: { score: number; missingSignals: string[] };
      connectionPath: { length: number };
    }>(
      `{ reuseBreadth(of: ${DOCS}) { evidence { user { key } } }
         sovereigntyExposure(of: ${DOCS}) { findings { kind component { key } depth } }
         criticalityScore(of: ${DOCS}) { score missingSignals }
         connectionPath(from: {kind: MINISTRY, key: "premier-ministre"}, to: ${DOCS}) { length } }`,
    );
    expect(keys(r.reuseBreadth.evidence.map(e => e.user))).toEqual(
      expect.arrayContaining(["dinum", "zendis"]),
    );
    expect(r.sovereigntyExposure.findings).toContainEqual({
      kind: "SINGLE_MAINTAINER",
      component: { key: "lasuite:docs" },
      depth: 0,
    });
    expect(r.criticalityScore.score).toBeGreaterThan(0);
    expect(r.connectionPath.length).toBe(2);
  });

  test("coverage of the real graph agrees with direct Cypher counts, and the Armées have their start-ups", async () => {
    type Ratio = { numerator: number; denominator: number; share: number | null };
    const { coverage: c } = await env.data<{
      coverage: Record<string, Ratio> & {
        snapshotDate: string;
        dependencyChains: { roots: number; maxDepth: number | null };
        ministriesWithoutStartup: Array<{ key: string }>;
      };
    }>(
      `{ coverage { snapshotDate
           repositoriesWithOwner { numerator denominator share }
           repositoriesWithMinistry { numerator denominator share }
           startupsWithMinistry { numerator denominator share }
           packagesResolvedToRepository { numerator denominator share }
           dependencyChains { roots maxDepth }
           ministriesWithoutStartup { key } } }`,
    );
    const count = async (cypher: string) => Number((await env.testDb.db.read(cypher))[0]?.c);
    expect(c.snapshotDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(c.repositoriesWithOwner.denominator).toBe(
      await count("MATCH (r:Repository) RETURN count(r) AS c"),
    );
    expect(c.repositoriesWithOwner.numerator).toBe(
      await count("MATCH (r:Repository) WHERE EXISTS { (r)-[:OWNED_BY]->() } RETURN count(r) AS c"),
    );
    expect(c.repositoriesWithMinistry.numerator).toBe(
      await count(
        "MATCH (r:Repository) WHERE EXISTS { (r)-[:OWNED_BY]->(:Ministry) } OR EXISTS { (r)-[:OWNED_BY]->(:Organization)-[:PART_OF|SAME_AS]->(:Ministry) } RETURN count(r) AS c",
      ),
    );
    expect(c.startupsWithMinistry.numerator).toBe(
      await count(
        "MATCH (s:Startup) WHERE EXISTS { (s)-[:SPONSORED_BY]->(:Organization)-[:PART_OF|SAME_AS]->(:Ministry) } RETURN count(s) AS c",
      ),
    );
    expect(c.packagesResolvedToRepository.numerator).toBe(
      await count(
        "MATCH (p:Package) WHERE EXISTS { (p)-[:PUBLISHED_FROM]->() } RETURN count(p) AS c",
      ),
    );
    expect(c.dependencyChains.roots).toBeGreaterThan(0);
    expect(c.dependencyChains.maxDepth).toBeGreaterThanOrEqual(2);
    expect(keys(c.ministriesWithoutStartup)).not.toContain("armees");
  });

  test("an unknown key gets NOT_FOUND with up to three 'did you mean' suggestions", async () => {
    const lookup = await env.error(`{ softwareByKey(key: "lasuite:doc") { key } }`);
    expect(lookup.extensions?.code).toBe("NOT_FOUND");
    const suggestions = lookup.extensions?.suggestions as string[];
    expect(suggestions).toContain("lasuite:docs");
    expect(suggestions.length).toBeLessThanOrEqual(3);
    expect(lookup.message).toMatch(/Did you mean 'lasuite:docs'/);
    const subject = await env.error(
      `{ dependencies(of: {kind: SOFTWARE, key: "lasuite:dcos"}) { totalCount } }`,
    );
    expect(subject.extensions?.code).toBe("NOT_FOUND");
    expect(subject.extensions?.suggestions).toContain("lasuite:docs");
    const nothingClose = await env.error(`{ ministryByKey(key: "zzzzzzzzzzzz") { key } }`);
    expect(nothingClose.extensions?.suggestions).toEqual([]);
  });

  test("a suite's reuse expands into its parts unless expandParts is false", async () => {
    type Matrix = { reuseMatrix: { rows: { software: { key: string } }[] } };
    const expanded = await env.data<Matrix>(
      `{ reuseMatrix(software: [{kind: SOFTWARE, key: "lasuite"}]) { rows { software { key } } } }`,
    );
    const rows = expanded.reuseMatrix.rows.map(r => r.software.key);
    expect(rows.filter(k => k.startsWith("lasuite:")).length).toBeGreaterThan(1);
    const own = await env.data<Matrix>(
      `{ reuseMatrix(software: [{kind: SOFTWARE, key: "lasuite"}], expandParts: false) { rows { software { key } } } }`,
    );
    expect(own.reuseMatrix.rows.map(r => r.software.key)).toEqual(
      rows.includes("lasuite") ? ["lasuite"] : [],
    );
    type Breadth = { reuseBreadth: { usingOrganizations: number } };
    const pooled = await env.data<Breadth>(
      `{ reuseBreadth(of: {kind: SOFTWARE, key: "lasuite"}) { usingOrganizations } }`,
    );
    const alone = await env.data<Breadth>(
      `{ reuseBreadth(of: {kind: SOFTWARE, key: "lasuite"}, expandParts: false) { usingOrganizations } }`,
    );
    expect(pooled.reuseBreadth.usingOrganizations).toBeGreaterThan(
      alone.reuseBreadth.usingOrganizations,
    );
  });
});
