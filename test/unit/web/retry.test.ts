import {
  abortableSleep,
  parseRetryAfter,
  retryDelayMs,
  withRetry,
  type Attempt,
  type RetryPolicy,
} from "../../../web/src/logic/retry";

const policy: RetryPolicy = { retries: 2, defaultDelayMs: 1_000, maxDelayMs: 4_000, jitter: 0.25 };

describe("explorer retry of OVERLOADED answers", () => {
  it("reads Retry-After in seconds and ignores the date form or garbage", () => {
    expect(parseRetryAfter("3")).toBe(3);
    expect(parseRetryAfter(" 1.5 ")).toBe(1.5);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter("Wed, 21 Oct 2026 07:28:00 GMT")).toBeNull();
    expect(parseRetryAfter("-1")).toBeNull();
  });

  it("waits what the server asks, bounded, plus at most the jitter share", () => {
    expect(retryDelayMs(2, policy, () => 0)).toBe(2_000);
    expect(retryDelayMs(2, policy, () => 1)).toBe(2_500);
    expect(retryDelayMs(60, policy, () => 0)).toBe(4_000);
    expect(retryDelayMs(null, policy, () => 0)).toBe(1_000);
  });

  it("tries again after a refusal and returns the first answer", async () => {
    const waits: number[] = [];
    const outcomes: Attempt<string>[] = [
      { done: false, retryAfterSeconds: 1 },
      { done: true, value: "data" },
    ];
    let calls = 0;
    const result = await withRetry(async () => outcomes[calls++]!, policy, {
      sleep: async ms => {
        waits.push(ms);
      },
    });
    expect(result).toEqual({ value: "data" });
    expect(calls).toBe(2);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(1_000);
    expect(waits[0]).toBeLessThanOrEqual(1_250);
  });

  it("gives up after the policy's retries and says how many attempts were made", async () => {
    let calls = 0;
    const result = await withRetry<string>(
      async () => {
        calls += 1;
        return { done: false, retryAfterSeconds: 0 };
      },
      policy,
      { sleep: async () => undefined },
    );
    expect(result).toEqual({ exhausted: true, attempts: 3 });
    expect(calls).toBe(3);
  });

  it("does not retry an error thrown by an attempt", async () => {
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls += 1;
          throw new Error("BAD_USER_INPUT");
        },
        policy,
        { sleep: async () => undefined },
      ),
    ).rejects.toThrow("BAD_USER_INPUT");
    expect(calls).toBe(1);
  });

  it("stops waiting as soon as the request is aborted", async () => {
    const controller = new AbortController();
    const waiting = abortableSleep(60_000, controller.signal);
    controller.abort(new Error("navigated away"));
    await expect(waiting).rejects.toThrow("navigated away");
    await expect(abortableSleep(10, controller.signal)).rejects.toThrow("navigated away");
  });
});
