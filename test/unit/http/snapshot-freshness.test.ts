import { createLogger } from "../../../src/logging/logger";
import { Readiness } from "../../../src/http/readiness";
import { compareSnapshots, type Freshness } from "../../../src/http/snapshot-freshness";
import type { SnapshotView } from "../../../src/services/analytics/snapshot-version";

const view = (
  version: number | null,
  hash: string | null,
  loadedAt: string | null,
): SnapshotView => ({ version, hash, loadedAt });

describe("compareSnapshots (is the server this process reads from behind the leader?)", () => {
  test("versions: behind when the reader's is lower, current when equal or higher", () => {
    const leader = view(4, "h4", "2026-11-30T03:00:00.000000000Z");
    const older = view(3, "h3", "2026-11-30T02:00:00.000000000Z");
    expect(compareSnapshots(older, leader)).toEqual({ status: "behind", reader: older, leader });
    expect(compareSnapshots(leader, leader)).toEqual({ status: "current" });
    // published between the leader's read and the reader's: ahead is not behind
    expect(compareSnapshots(view(5, "h5", null), leader)).toEqual({ status: "current" });
  });

  test("the leader has a version and the reader none: behind (it lacks the versioned load)", () => {
    const leader = view(1, "h1", "2026-11-30T03:00:00Z");
    const reader = view(null, "h0", "2026-11-30T02:00:00Z");
    expect(compareSnapshots(reader, leader).status).toBe("behind");
  });

  test("without versions: the earlier load of another snapshot is behind, nanoseconds read", () => {
    const leader = view(null, "b", "2026-11-30T03:00:00.123456789Z");
    expect(compareSnapshots(view(null, "a", "2026-11-30T03:00:00.122999999Z"), leader).status).toBe(
      "behind",
    );
    expect(compareSnapshots(view(null, "b", "2026-11-30T03:00:00.123456789Z"), leader).status).toBe(
      "current",
    );
    expect(compareSnapshots(view(null, "c", "2026-11-30T03:00:01Z"), leader).status).toBe(
      "current",
    );
    // a reader with no snapshot at all while the leader has one
    expect(compareSnapshots(view(null, null, null), leader).status).toBe("behind");
  });

  test("nothing published on the leader: current", () => {
    expect(compareSnapshots(view(null, null, null), view(null, null, null))).toEqual({
      status: "current",
    });
  });
});

describe("Readiness with a freshness check", () => {
  const logger = createLogger("silent");
  const warmReadiness = async (freshness: () => Promise<Freshness>) => {
    const readiness = new Readiness(
      async () => true,
      async () => undefined,
      logger,
      freshness,
    );
    await readiness.startWarmUp();
    return readiness;
  };

  test("behind: not ready, with the reason and both views; ready once caught up", async () => {
    const reader = view(1, "a", null);
    const leader = view(2, "b", null);
    let fresh: Freshness = { status: "behind", reader, leader };
    const readiness = await warmReadiness(async () => fresh);
    expect(await readiness.check()).toEqual({ reason: "behind", reader, leader });
    fresh = { status: "current" };
    expect(await readiness.check()).toBe(true);
  });

  test("a leader that cannot be read leaves freshness unknown: still ready", async () => {
    const readiness = await warmReadiness(async () => {
      throw new Error("leader unreachable");
    });
    expect(await readiness.check()).toBe(true);
  });

  test("the earlier checks come first: warming up, then shutting down", async () => {
    const readiness = new Readiness(
      async () => true,
      async () => undefined,
      logger,
      async () => ({ status: "behind", reader: view(1, "a", null), leader: view(2, "b", null) }),
    );
    expect(await readiness.check()).toMatch(/warming up/);
    readiness.drain();
    expect(await readiness.check()).toBe("shutting down");
  });
});
