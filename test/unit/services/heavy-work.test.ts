import { execFileSync } from "node:child_process";
import path from "node:path";
import { spofStructure, type SpofStructure, type SpofStructureInput } from "../../../src/analytics";
import { REPO_ROOT } from "../../../src/paths";
import type { Db } from "../../../src/db";
import { HeavyWork } from "../../../src/services/analytics/heavy-work";

const db = { scoped: () => db } as unknown as Db;
const options = { concurrency: 1, queue: 1, budgetMs: 5_000, waitMs: 5_000 };
const never = () => new Promise<never>(() => undefined);

describe("HeavyWork: cache per snapshot version, admission, worker threads", () => {
  test("computes once per version and key, shares a computation in progress", async () => {
    const heavy = new HeavyWork(options, db);
    let runs = 0;
    const compute = async () => ++runs;
    const [a, b] = await Promise.all([
      heavy.run("v1", "k", compute),
      heavy.run("v1", "k", compute),
    ]);
    expect([a, b, runs]).toEqual([1, 1, 1]);
    expect(await heavy.run("v1", "k", compute)).toBe(1);
    expect(await heavy.run("v2", "k", compute)).toBe(2); // a reseed: computed again
    expect(await heavy.run(null, "k", compute)).toBe(3); // no version: never cached
    expect(await heavy.run(null, "k", compute)).toBe(4);
  });

  test("beyond concurrency + queue, OVERLOADED at once with a retry delay", async () => {
    const heavy = new HeavyWork(options, db);
    void heavy.run("v", "running", never).catch(() => undefined);
    void heavy.run("v", "queued", never).catch(() => undefined);
    await expect(heavy.run("v", "third", never)).rejects.toMatchObject({
      extensions: { code: "OVERLOADED", retryAfterSeconds: 2 },
    });
  });

  test("a request waits at most waitMs; the computation goes on and fills the cache", async () => {
    const heavy = new HeavyWork({ ...options, waitMs: 50 }, db);
    let release: (value: string) => void = () => undefined;
    const slow = () => new Promise<string>(resolve => (release = resolve));
    await expect(heavy.run("v", "slow", slow)).rejects.toMatchObject({
      extensions: { code: "OVERLOADED" },
    });
    release("done");
    expect(await heavy.run("v", "slow", slow)).toBe("done");
  });

  test("the worker thread computes the same structure as the in-process function", () => {
    const input: SpofStructureInput = {
      nodes: ["Software:a", "Software:b", "Startup:s", "Organization:o"],
      edges: [
        ["Startup:s", "Software:a"],
        ["Organization:o", "Software:a"],
        ["Software:a", "Software:b"],
      ],
      toolLabels: ["Software"],
      consumerLabels: ["Startup", "Organization"],
      extraIds: ["Software:b"],
    };
    // a plain Node process: piscina tasks do not complete inside jest's sandbox
    const script = `
      const jiti = require("jiti").createJiti(${JSON.stringify(__filename)});
      const { AnalyticsPool } = jiti(${JSON.stringify(path.join(REPO_ROOT, "src/analytics/worker/pool.ts"))});
      const pool = new AnalyticsPool(1);
      pool.spofStructure(${JSON.stringify(input)}).then(async r => {
        process.stdout.write(JSON.stringify({ r }));
        await pool.destroy();
      });`;
    const out = execFileSync(process.execPath, ["-e", script], {
      cwd: REPO_ROOT,
      timeout: 60_000,
      encoding: "utf8",
    });
    const { r: inWorker } = JSON.parse(out) as { r: SpofStructure };
    expect(inWorker).toEqual(spofStructure(input));
    expect(inWorker.exposures["Software:b"]).toEqual({
      exposedConsumers: 2,
      exposedStartups: 1,
      exposedOrganizations: 1,
    });
  }, 70_000);
});
