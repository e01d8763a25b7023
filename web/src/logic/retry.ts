/**
 * Retrying a request the API refused because it was busy: a 503 `OVERLOADED` answer says, in
 * `Retry-After`, when to come back. The explorer waits that long (bounded, with jitter so that
 * tabs refused together do not come back together) and tries again, a bounded number of times;
 * any other answer, or an aborted request, ends the attempts at once.
 */

export interface RetryPolicy {
  /** Attempts after the first one. */
  retries: number;
  /** Wait when the answer gives no usable `Retry-After`, in ms. */
  defaultDelayMs: number;
  /** Longest wait between two attempts, in ms (a long `Retry-After` is cut to it). */
  maxDelayMs: number;
  /** Share of the wait added at random (0–1). */
  jitter: number;
}

export const EXPLORER_RETRY: RetryPolicy = {
  retries: 2,
  defaultDelayMs: 1_000,
  maxDelayMs: 4_000,
  jitter: 0.25,
};

/** What one attempt tells the retry loop: a value, or a refusal to retry after some delay. */
export type Attempt<T> =
  { done: true; value: T } | { done: false; retryAfterSeconds: number | null };

/** The wait before the next attempt, in ms, from the answer's `Retry-After` (seconds) and the policy. */
export function retryDelayMs(
  retryAfterSeconds: number | null,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  const base =
    retryAfterSeconds !== null && Number.isFinite(retryAfterSeconds) && retryAfterSeconds >= 0
      ? retryAfterSeconds * 1_000
      : policy.defaultDelayMs;
  const bounded = Math.min(base, policy.maxDelayMs);
  return Math.round(bounded * (1 + policy.jitter * random()));
}

/** `Retry-After` as seconds (the delay form; an HTTP date is treated as absent). */
export function parseRetryAfter(header: string | null): number | null {
  if (header === null || !/^\s*\d+(\.\d+)?\s*$/.test(header)) {
    return null;
  }
  return Number(header);
}

/**
 * Runs `attempt` until it is done or the retries are spent; the last refusal is returned as
 * `exhausted` so the caller can report it. Rejects with the signal's reason if it aborts.
 */
export async function withRetry<T>(
  attempt: () => Promise<Attempt<T>>,
  policy: RetryPolicy,
  options: {
    signal?: AbortSignal;
    sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  } = {},
): Promise<{ value: T } | { exhausted: true; attempts: number }> {
  const sleep = options.sleep ?? abortableSleep;
  for (let tried = 0; ; tried += 1) {
    const outcome = await attempt();
    if (outcome.done) {
      return { value: outcome.value };
    }
    if (tried >= policy.retries) {
      return { exhausted: true, attempts: tried + 1 };
    }
    await sleep(retryDelayMs(outcome.retryAfterSeconds, policy), options.signal);
  }
}

/** Waits `ms`, or rejects as soon as `signal` aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason as Error);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
