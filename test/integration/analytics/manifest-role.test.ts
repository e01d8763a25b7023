import { setUpAnalytics, tearDownAnalytics, type AnalyticsTestEnv } from "./analytics-test-app";

/**
 * r:app ships p and q (main manifest) and only tests with t (test manifest); r:demo's example app
 * uses p. t and q are proprietary.
 * Exposure, dependencies and sovereignty follow main manifests only.
 */
const GRAPH = `
CREATE (app:Repository {key: 'r:app', name: 'app'}), (demo:Repository {key: 'r:demo', name: 'demo'}),
       (p:Package {key: 'npm:p', name: 'p', license: 'MIT'}),
       (t:Package {key: 'npm:t', name: 't', license: 'Proprietary'}),
       (q:Package {key: 'npm:q', name: 'q', license: 'Proprietary'}),
       (app)-[:DEPENDS_ON {kind: 'RUNTIME', manifestRole: 'MAIN', runtime: true}]->(p),
       (app)-[:DEPENDS_ON {kind: 'RUNTIME', manifestRole: 'TEST', runtime: false}]->(t),
       (app)-[:DEPENDS_ON {kind: 'RUNTIME', manifestRole: 'MAIN', runtime: true}]->(q),
       (demo)-[:DEPENDS_ON {kind: 'RUNTIME', manifestRole: 'EXAMPLE', runtime: false}]->(p)`;

const EXPOSURE = `query E($key: String!) { exposure(of: {label: Package, key: $key}) {
  transitiveDependents dependents { node { key } } method { coverageNotes } } }`;
const DEPS = `query D($key: String!) { dependencies(of: {label: Repository, key: $key}) {
  totalCount items { node { key } } } }`;
const SOVEREIGNTY = `query S($key: String!) { sovereigntyExposure(of: {label: Repository, key: $key}) {
  findings { component { key } kind } summary { components } } }`;

describe("dependencies of test, example and docs manifests", () => {
  let env: AnalyticsTestEnv;
  beforeAll(async () => {
    env = await setUpAnalytics(t => t.db.write(GRAPH).then(() => undefined));
  });
  afterAll(() => tearDownAnalytics(env));

  test("exposure counts only repositories that ship the package", async () => {
    const { exposure } = await env.data<{
      exposure: {
        transitiveDependents: number;
        dependents: { node: { key: string } }[];
        method: { coverageNotes: string[] };
      };
    }>(EXPOSURE, { key: "npm:p" });
    expect(exposure.dependents.map(d => d.node.key)).toEqual(["r:app"]);
    expect(exposure.transitiveDependents).toBe(1);
    expect(exposure.method.coverageNotes.join("\n")).toContain("manifestRole ≠ MAIN");
    const onlyTests = await env.data<{ exposure: { transitiveDependents: number } }>(EXPOSURE, {
      key: "npm:t",
    });
    expect(onlyTests.exposure.transitiveDependents).toBe(0);
  });

  test("a repository's dependencies leave out its test manifests", async () => {
    const { dependencies } = await env.data<{
      dependencies: { totalCount: number; items: { node: { key: string } }[] };
    }>(DEPS, { key: "r:app" });
    expect(dependencies.items.map(i => i.node.key).sort()).toEqual(["npm:p", "npm:q"]);
  });

  test("the sovereignty closure leaves them out too", async () => {
    const { sovereigntyExposure } = await env.data<{
      sovereigntyExposure: {
        findings: { component: { key: string }; kind: string }[];
        summary: { components: number };
      };
    }>(SOVEREIGNTY, { key: "r:app" });
    const flagged = sovereigntyExposure.findings.map(f => f.component.key);
    expect(flagged).toContain("npm:q");
    expect(flagged).not.toContain("npm:t");
  });
});
