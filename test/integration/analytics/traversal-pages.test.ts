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
  requirement: string | null;
  kind: string | null;
  examplePath: { key: string }[];
}
interface Page {
  totalCount?: number;
  directDependents?: number;
  transitiveDependents?: number;
  items?: Item[];
  dependents?: Item[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
const ITEM = "node { key } depth requirement kind examplePath { key }";
const DEPS = `query D($key: String!, $first: Int, $after: String, $kinds: [DependencyKind!]) {
  dependencies(of: {kind: SOFTWARE, key: $key}, first: $first, after: $after, kinds: $kinds) {
    totalCount items { ${ITEM} } pageInfo { hasNextPage endCursor } } }`;
const EXPOSURE = `query E($key: String!, $first: Int, $after: String, $kinds: [DependencyKind!]) {
  exposure(of: {kind: SOFTWARE, key: $key}, first: $first, after: $after, kinds: $kinds) {
    directDependents transitiveDependents dependents { ${ITEM} } pageInfo { hasNextPage endCursor } } }`;

/**
 * The traversals compute every reached node's depth first and build example paths for the
 * returned page only: pages must be slices of the whole answer, with the same paths, and where
 * several shortest paths exist the one through the smallest `label, key` parent is taken.
 */
describe("dependency traversals: pages and example paths", () => {
  let env: AnalyticsTestEnv;
  beforeAll(async () => {
    env = await setUpAnalytics(t => t.db.write(HAND_BUILT_GRAPH).then(() => undefined));
  });
  afterAll(() => tearDownAnalytics(env));

  const deps = (vars: Record<string, unknown>) =>
    env.data<{ dependencies: Page }>(DEPS, vars).then(d => d.dependencies);
  const exposure = (vars: Record<string, unknown>) =>
    env.data<{ exposure: Page }>(EXPOSURE, vars).then(d => d.exposure);

  /** Every page of `fetch`, `first` rows at a time. */
  async function allPages(fetch: (v: Record<string, unknown>) => Promise<Page>, key: string) {
    const items: Item[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 20; guard += 1) {
      const page: Page = await fetch({ key, first: 2, after });
      items.push(...(page.items ?? page.dependents ?? []));
      if (!page.pageInfo.hasNextPage) {
        return items;
      }
      after = page.pageInfo.endCursor;
    }
    throw new Error("too many pages");
  }

  test("a diamond takes the path through the smallest parent, with that edge's requirement", async () => {
    const all = (await deps({ key: "a" })).items!;
    const d = all.find(i => i.node.key === "d")!;
    expect(keys(d.examplePath)).toEqual(["a", "b", "d"]);
    expect([d.requirement, d.kind]).toEqual(["3", "RUNTIME"]);
    const h = all.find(i => i.node.key === "h")!;
    expect(keys(h.examplePath)).toEqual(["a", "b", "d", "e", "f", "g", "h"]);
    expect((await deps({ key: "a" })).items).toEqual(all);
  });

  test("dependency pages are slices of the whole answer, paths included", async () => {
    const whole = await deps({ key: "a" });
    expect(whole.totalCount).toBe(9);
    expect(await allPages(deps, "a")).toEqual(whole.items);
    const first = await deps({ key: "a", first: 2 });
    expect(first.totalCount).toBe(9);
    expect(first.items).toEqual(whole.items!.slice(0, 2));
  });

  test("exposure: dependents' paths lead to the subject; counts do not depend on the page", async () => {
    const whole = await exposure({ key: "d" });
    expect(whole.dependents!.map(i => [i.node.key, keys(i.examplePath)])).toEqual([
      ["b", ["b", "d"]],
      ["c", ["c", "d"]],
      ["a", ["a", "b", "d"]],
      ["e", ["e", "b", "d"]],
    ]);
    // the requirement is the dependent's own edge on the path (a → b)
    expect(whole.dependents![2]!.requirement).toBe("^1.0.0");
    const one = await exposure({ key: "d", first: 1 });
    expect([one.directDependents, one.transitiveDependents]).toEqual([2, 4]);
    expect(one.dependents).toEqual(whole.dependents!.slice(0, 1));
    expect(await allPages(exposure, "d")).toEqual(whole.dependents);
  });

  test("a kind filter changes the levels and the paths together", async () => {
    // without the DEV edge a → c, c is not reached and a reaches d through b only
    const r = await deps({ key: "a", kinds: ["RUNTIME"] });
    expect(r.items!.map(i => i.node.key)).not.toContain("c");
    expect(keys(r.items!.find(i => i.node.key === "d")!.examplePath)).toEqual(["a", "b", "d"]);
    const e = await exposure({ key: "c", kinds: ["DEV"] });
    expect(e.dependents!.map(i => [i.node.key, i.depth, i.kind])).toEqual([["a", 1, "DEV"]]);
  });
});
