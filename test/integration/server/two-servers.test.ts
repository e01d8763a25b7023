import { createHash } from "node:crypto";
import { createLogger } from "../../../src/logging/logger";
import { completePostLoadSteps } from "../../../src/seed/after-seed";
import { loadRealGraph, operation } from "../api/api-helpers";
import { startServerProcess, type ServerProcess } from "../../setup/server-process";
import { openTestDb, type TestDb } from "../../setup/test-db";

/** A server process with the first uncached heavy analytics allowed to take long (a loaded machine). */
const startServer = () => startServerProcess({ NEO4J_QUERY_TIMEOUT_MS: "120000" });

async function waitReady(server: ServerProcess): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    if ((await fetch(`${server.baseUrl}/readyz`)).status === 200) {
      return;
    }
    await new Promise(resolve => setTimeout(resolve, 500));
  }
  throw new Error(`${server.baseUrl} never became ready`);
}

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

async function post(server: ServerProcess, payload: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(`${server.baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(payload),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/**
 * `method.computedAt` is the time each answer was computed (different between two requests to
 * the SAME server, by design); it is the only field left out of the comparison, and it must still
 * be a date-time.
 */
function withoutComputedAt(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) => {
      if (key === "computedAt") {
        expect(v).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/));
        return undefined;
      }
      return v;
    }),
  );
}

const DOCS = `{ kind: SOFTWARE, key: "lasuite:docs" }`;

/** The same operations an explorer and a front end send, each with its variables. */
const OPERATIONS: Array<{ name: string; query: string; variables?: Record<string, unknown> }> = [
  {
    name: "entity page",
    query: operation("software-relations"),
    variables: { key: "lasuite:docs" },
  },
  { name: "search", query: operation("search"), variables: { query: "docs", first: 10 } },
  {
    name: "aggregates",
    query: operation("startup-analysis"),
    variables: { where: { phase: { in: ["CONSTRUCTION", "ACCELERATION"] } } },
  },
  { name: "sources", query: operation("sources") },
  {
    name: "dependencies",
    query: `{ dependencies(of: ${DOCS}, first: 50) { totalCount directCount items { node { id kind key } depth requirement } method { name parameters { name value } computedAt } } }`,
  },
  {
    name: "exposure",
    query: `{ exposure(of: {kind: SOFTWARE, key: "lasuite:django-lasuite"}) { directDependents startups { entity { key } } ministries { ministry { key } } method { computedAt coverageNotes } } }`,
  },
  {
    name: "critical mass",
    query: `{ criticalMass(of: ${DOCS}) { contributorsAllTime activeContributors contributorAbsenceFactor elephantFactor unknownAffiliationShare verdict { reached reasons } method { parameters { name value } computedAt coverageNotes } } }`,
  },
  {
    name: "single points of failure (heavy, cached per snapshot)",
    query: `{ singlePointsOfFailure(first: 10) { items { kind node { key } exposedConsumers } method { computedAt } } }`,
  },
  {
    name: "centrality (precomputed, stored on nodes)",
    query: `{ centralityRanking(first: 10) { entries { node { key } pagerank inDegree communityId } } }`,
  },
  {
    name: "error: unknown key, with suggestions",
    query: `{ softwareByKey(key: "lasuite:doc") { key } }`,
  },
  { name: "error: bad global id", query: `{ node(id: "not-an-id") { id } }` },
  { name: "error: bad cursor", query: `{ startups(first: 2, after: "nope") { totalCount } }` },
];

describe("two server processes on one Neo4j answer the same", () => {
  let testDb: TestDb;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    testDb = await openTestDb();
    await loadRealGraph(testDb);
    await completePostLoadSteps(testDb.db, createLogger("silent"));
    [a, b] = await Promise.all([startServer(), startServer()]);
    await Promise.all([waitReady(a), waitReady(b)]);
  }, 900_000);

  afterAll(async () => {
    for (const server of [a, b]) {
      server?.child.kill("SIGTERM");
      await server?.exit;
    }
    await testDb?.close();
  });

  test("the two processes are distinct servers", () => {
    expect(a.baseUrl).not.toBe(b.baseUrl);
    expect(a.child.pid).not.toBe(b.child.pid);
  });

  test.each(OPERATIONS)("$name: identical JSON (status, data, errors, extensions)", async op => {
    const payload = { query: op.query, variables: op.variables ?? {} };
    const fromA = await post(a, payload);
    const fromB = await post(b, payload);
    expect(withoutComputedAt(fromB)).toEqual(withoutComputedAt(fromA));
    expect(fromA.status).toBe(200);
    if (op.name.startsWith("error")) {
      expect(fromA.body.errors).toHaveLength(1);
    } else {
      expect(fromA.body.errors).toBeUndefined();
      expect(fromA.body.data).toBeTruthy();
    }
  });

  test("a cursor issued by A continues on B exactly as on A; B's global ids resolve on A", async () => {
    const list = operation("startup-list");
    const where = { phase: { in: ["CONSTRUCTION", "ACCELERATION"] } };
    const first = await post(a, { query: list, variables: { first: 5, where } });
    type Page = {
      startups: { pageInfo: { endCursor: string }; edges: Array<{ node: { id: string } }> };
    };
    const page1 = (first.body.data as Page).startups;
    expect(page1.edges).toHaveLength(5);
    const next = { first: 5, after: page1.pageInfo.endCursor, where };
    const onA = await post(a, { query: list, variables: next });
    const onB = await post(b, { query: list, variables: next });
    expect(onB).toEqual(onA);
    const page2 = (onB.body.data as Page).startups;
    expect(page2.edges).toHaveLength(5);
    const ids = [...page1.edges, ...page2.edges].map(e => e.node.id);
    expect(new Set(ids).size).toBe(10); // a real next page, no overlap

    const lookup = `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Startup { key title } } }`;
    const byA = await post(a, { query: lookup, variables: { ids } });
    const byB = await post(b, { query: lookup, variables: { ids } });
    expect(byA).toEqual(byB);
    expect((byA.body.data as { nodes: Array<{ id: string }> }).nodes.map(n => n.id)).toEqual(ids);
  });

  test("APQ is a per-process cache: B asks for the query A already knows, then answers the same", async () => {
    const query = `{ startups(first: 3, sort: [{ title: ASC }]) { nodes { key title } } }`;
    const extensions = {
      persistedQuery: { version: 1, sha256Hash: createHash("sha256").update(query).digest("hex") },
    };
    const registered = await post(a, { query, extensions });
    expect(registered.body.errors).toBeUndefined();
    const hashOnlyA = await post(a, { extensions });
    expect(hashOnlyA.body.data).toEqual(registered.body.data);

    const hashOnlyB = await post(b, { extensions });
    expect(
      (hashOnlyB.body.errors as Array<{ extensions: { code: string } }>)[0]?.extensions.code,
    ).toBe("PERSISTED_QUERY_NOT_FOUND");
    const resentB = await post(b, { query, extensions });
    expect(resentB).toEqual(registered);
  });
});
