import { HAND_BUILT_GRAPH } from "./hand-built-graph";
import {
  keys,
  setUpAnalytics,
  tearDownAnalytics,
  type AnalyticsTestEnv,
} from "./analytics-test-app";

interface Item {
  node: { key: string };
  depth: number;
  relation: string;
  requirement: string | null;
  examplePath: { key: string }[];
}
const DEPS = `query D($key: String!, $depth: Int!, $kinds: [DependencyKind!], $relation: DependencyRelation) {
  dependencies(of: {kind: SOFTWARE, key: $key}, maxDepth: $depth, kinds: $kinds, relation: $relation) {
    totalCount directCount indirectCount licenceClasses { licenceClass count }
    items { node { key } depth relation requirement licenceClass examplePath { key } }
    method { name parameters { name value } references } } }`;
const PATHS = `query P($from: String!, $to: String!, $k: Int!) {
  dependencyPaths(from: {kind: SOFTWARE, key: $from}, to: {kind: SOFTWARE, key: $to}, k: $k) {
    paths { length nodes { key } requirements } truncated } }`;
const EXPOSURE = `query E($key: String!) { exposure(of: {kind: SOFTWARE, key: $key}) {
  directDependents transitiveDependents dependents { node { key } depth examplePath { key } }
  startups { entity { key } depth evidence { relationship target { key } } ministries { key } }
  organizations { entity { key } depth evidence { relationship target { key } } ministries { key } }
  ministries { ministry { key } organizations startups direct minDepth } method { name } } }`;

describe("dependency traversals on a hand-built graph", () => {
  let env: AnalyticsTestEnv;
  beforeAll(async () => {
    env = await setUpAnalytics(t => t.db.write(HAND_BUILT_GRAPH).then(() => undefined));
  });
  afterAll(() => tearDownAnalytics(env));

  const deps = (key: string, depth = 6, extra: Record<string, unknown> = {}) =>
    env
      .data<{
        dependencies: {
          totalCount: number;
          directCount: number;
          indirectCount: number;
          items: Item[];
          licenceClasses: unknown[];
          method: { name: string };
        };
      }>(DEPS, { key, depth, ...extra })
      .then(d => d.dependencies);

  test("minimal depth through a diamond and a cycle, capped at 6", async () => {
    const r = await deps("a");
    expect(r.items.map(i => [i.node.key, i.depth, i.relation])).toEqual([
      ["npm:left", 1, "DIRECT"],
      ["b", 1, "DIRECT"],
      ["c", 1, "DIRECT"],
      ["npm:prop", 2, "INDIRECT"],
      ["d", 2, "INDIRECT"],
      ["e", 3, "INDIRECT"],
      ["f", 4, "INDIRECT"],
      ["g", 5, "INDIRECT"],
      ["h", 6, "INDIRECT"],
    ]);
    expect([r.totalCount, r.directCount, r.indirectCount]).toEqual([9, 3, 6]);
    expect(r.items.find(i => i.node.key === "b")?.requirement).toBe("^1.0.0");
    expect(r.items.find(i => i.node.key === "npm:prop")?.requirement).toBe("9");
    expect(keys(r.items.find(i => i.node.key === "npm:prop")!.examplePath)).toEqual([
      "a",
      "c",
      "npm:prop",
    ]);
    const d = r.items.find(i => i.node.key === "d")!;
    expect([
      ["a", "b", "d"],
      ["a", "c", "d"],
    ]).toContainEqual(keys(d.examplePath));
    expect(r.method.name).toMatch(/deps\.dev/);
  });

  test("depth limit, relation and kind filters", async () => {
    expect((await deps("a", 2)).items.map(i => i.node.key)).toEqual([
      "npm:left",
      "b",
      "c",
      "npm:prop",
      "d",
    ]);
    expect((await deps("a", 1, { relation: "DIRECT" })).totalCount).toBe(3);
    expect((await deps("a", 6, { relation: "INDIRECT" })).totalCount).toBe(6);
    // without the DEV edge a → c, c and the proprietary package are no longer reached
    const runtime = await deps("a", 6, { kinds: ["RUNTIME"] });
    expect(runtime.items.map(i => i.node.key)).not.toContain("c");
    expect(runtime.items.map(i => i.node.key)).not.toContain("npm:prop");
  });

  test("disconnected parts and empty results", async () => {
    expect((await deps("x")).items.map(i => i.node.key)).toEqual(["y"]);
    expect(await deps("y")).toMatchObject({ totalCount: 0, items: [], directCount: 0 });
  });

  test("k shortest paths, ordered by length then key sequence", async () => {
    const two = await env.data<{
      dependencyPaths: {
        paths: { length: number; nodes: { key: string }[]; requirements: (string | null)[] }[];
      };
    }>(PATHS, { from: "a", to: "d", k: 3 });
    expect(two.dependencyPaths.paths.map(p => keys(p.nodes))).toEqual([
      ["a", "b", "d"],
      ["a", "c", "d"],
    ]);
    expect(two.dependencyPaths.paths[0]?.requirements).toEqual(["^1.0.0", "3"]);
    const one = await env.data<{ dependencyPaths: { paths: { nodes: { key: string }[] }[] } }>(
      PATHS,
      { from: "a", to: "d", k: 1 },
    );
    expect(one.dependencyPaths.paths.map(p => keys(p.nodes))).toEqual([["a", "b", "d"]]);
    const none = await env.data<{ dependencyPaths: { paths: unknown[] } }>(PATHS, {
      from: "a",
      to: "y",
      k: 3,
    });
    expect(none.dependencyPaths.paths).toEqual([]);
    const cycle = await env.data<{ dependencyPaths: { paths: { nodes: { key: string }[] }[] } }>(
      PATHS,
      { from: "e", to: "d", k: 3 },
    );
    expect(cycle.dependencyPaths.paths.map(p => keys(p.nodes))).toEqual([["e", "b", "d"]]);
  });

  test("exposure: dependents rolled up to start-ups, organisations and ministries", async () => {
    const { exposure: r } = await env.data<{
      exposure: {
        directDependents: number;
        transitiveDependents: number;
        dependents: Item[];
        startups: { entity: { key: string }; depth: number; ministries: { key: string }[] }[];
        organizations: {
          entity: { key: string };
          depth: number;
          evidence: { relationship: string }[];
        }[];
        ministries: {
          ministry: { key: string };
          organizations: number;
          startups: number;
          direct: boolean;
        }[];
      };
    }>(EXPOSURE, { key: "d" });
    expect(r.dependents.map(i => [i.node.key, i.depth])).toEqual([
      ["b", 1],
      ["c", 1],
      ["a", 2],
      ["e", 2],
    ]);
    expect([r.directDependents, r.transitiveDependents]).toEqual([2, 4]);
    expect(r.startups.map(s => [s.entity.key, s.depth, keys(s.ministries)])).toEqual([
      ["st2", 1, ["m2"]],
      ["st1", 2, []],
    ]);
    expect(r.organizations.map(o => [o.entity.key, o.depth, o.evidence[0]?.relationship])).toEqual([
      ["o1", 0, "USES"],
      ["o2", 1, "SPONSORED_BY"],
    ]);
    expect(r.ministries.map(m => [m.ministry.key, m.organizations, m.startups, m.direct])).toEqual([
      ["m2", 1, 1, false],
      ["m1", 1, 0, false],
    ]);
  });

  test("exposure of a node nobody depends on is empty", async () => {
    const { exposure: r } = await env.data<{
      exposure: { transitiveDependents: number; startups: unknown[]; ministries: unknown[] };
    }>(EXPOSURE, { key: "a" });
    expect(r.transitiveDependents).toBe(0);
    expect(r.startups).toHaveLength(1); // st1 produces a itself (depth 0)
    expect(r.ministries).toEqual([]);
  });

  test("bad inputs: depth above the cap, unknown key, wrong kind, bad id, both forms", async () => {
    const tooDeep = await env.error(DEPS, { key: "a", depth: 7 });
    expect(tooDeep.extensions?.code).toBe("BAD_USER_INPUT");
    expect(tooDeep.message).toMatch(/maxDepth must be an integer between 1 and 6/);
    const unknown = await env.error(DEPS, { key: "nope", depth: 3 });
    expect(unknown.extensions?.code).toBe("NOT_FOUND");
    expect(unknown.message).toMatch(/no Software with key 'nope'/);
    const wrongKind = await env.error(
      `{ dependencies(of: {kind: MINISTRY, key: "m1"}) { totalCount } }`,
    );
    expect(wrongKind.extensions?.code).toBe("BAD_USER_INPUT");
    expect(wrongKind.message).toMatch(/a Ministry cannot be used here/);
    const badId = await env.error(`{ exposure(of: {id: "not-an-id"}) { transitiveDependents } }`);
    expect(badId.extensions?.code).toBe("BAD_USER_INPUT");
    const both = await env.error(
      `{ exposure(of: {id: "U29mdHdhcmU6YQ", key: "a"}) { transitiveDependents } }`,
    );
    expect(both.message).toMatch(/either id or kind \+ key/);
    const byId = await env.data<{ dependencies: { totalCount: number } }>(
      `{ dependencies(of: {id: "U29mdHdhcmU6YQ"}) { totalCount } }`,
    );
    expect(byId.dependencies.totalCount).toBe(9);
  });
});
