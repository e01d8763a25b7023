/**
 * `npm run bench:hostile`: the five problems of issue 9, measured over HTTP against a RUNNING
 * server (BENCH_URL, default http://127.0.0.1:$PORT), so the same script measures any version.
 * Each probe is bounded in time (BENCH_PROBE_TIMEOUT_MS, default 60 s); while a probe runs,
 * `/healthz` is polled every 50 ms and its worst latency is printed next to the probe's figures.
 */
import { fanOutDocument, orOfContains } from "./documents";

const BASE = process.env.BENCH_URL ?? `http://127.0.0.1:${process.env.PORT ?? 4000}`;
const PROBE_TIMEOUT_MS = Number(process.env.BENCH_PROBE_TIMEOUT_MS ?? 60_000);

interface Probe {
  status: number | "timeout" | "error";
  code?: string;
  ms: number;
  worstHealthzMs: number;
}

async function post(body: unknown, accept = "application/json"): Promise<Probe> {
  const started = performance.now();
  const poller = pollHealthz();
  try {
    const response = await fetch(`${BASE}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    const text = await response.text();
    let code: string | undefined;
    try {
      const json = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> };
      code = json.errors?.[0]?.extensions?.code ?? (json.errors ? "?" : "none");
    } catch {
      code = "non-json";
    }
    return {
      status: response.status,
      code,
      ms: performance.now() - started,
      ...(await poller.stop()),
    };
  } catch (error) {
    const status = (error as Error).name === "TimeoutError" ? "timeout" : "error";
    return { status, ms: performance.now() - started, ...(await poller.stop()) };
  }
}

/** Polls /healthz every 50 ms; `stop` returns the worst latency seen (including one still pending). */
function pollHealthz(): { stop(): Promise<{ worstHealthzMs: number }> } {
  let worst = 0;
  let running = true;
  let pendingSince: number | undefined;
  const loop = (async () => {
    while (running) {
      pendingSince = performance.now();
      try {
        await fetch(`${BASE}/healthz`, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
      } catch {
        // counted by its latency
      }
      worst = Math.max(worst, performance.now() - pendingSince);
      pendingSince = undefined;
      await new Promise(resolve => setTimeout(resolve, 50));
    }
  })();
  return {
    async stop() {
      running = false;
      if (pendingSince !== undefined) {
        worst = Math.max(worst, performance.now() - pendingSince);
      }
      await Promise.race([loop, new Promise(resolve => setTimeout(resolve, 100))]);
      return { worstHealthzMs: worst };
    },
  };
}

const fmt = (p: Probe) =>
  `status ${p.status} code ${p.code ?? "-"}, ${p.ms.toFixed(0)} ms, worst /healthz ${p.worstHealthzMs.toFixed(0)} ms`;

async function main(): Promise<void> {
  const health = await fetch(`${BASE}/readyz`).catch(() => undefined);
  if (!health?.ok) {
    throw new Error(`no ready server at ${BASE} (start one: npm start)`);
  }
  const line = (name: string, p: Probe) => process.stdout.write(`${name.padEnd(58)} ${fmt(p)}\n`);

  process.stdout.write(`# 1. fragment fan-out (limits check cost)\n`);
  line("9 levels x 6 spreads", await post({ query: fanOutDocument(9, 6) }));
  if (process.env.BENCH_FANOUT_10 === "1") {
    line("10 levels x 10 spreads", await post({ query: fanOutDocument(10, 10) }));
  }

  process.stdout.write(`# 2. size of a where (statement shape, planning)\n`);
  // a fresh random word per run, so that the first call is a plan-cache miss on every run
  const salt = Math.random().toString(36).slice(2, 8);
  for (const n of [100, 200]) {
    line(`OR of ${n} contains, first call`, await post({ query: orOfContains(n, salt) }));
    line(`OR of ${n} contains, second call`, await post({ query: orOfContains(n, salt) }));
  }
  line("OR of 5000 contains", await post({ query: orOfContains(5000, salt) }));

  process.stdout.write(`# 3. in-process analytics\n`);
  const spof = (n: number) =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: singlePointsOfFailure(minExposure: ${i}) { items { detail } }`).join(" ")} }`;
  line("1 singlePointsOfFailure", await post({ query: spof(1) }));
  line("30 aliased singlePointsOfFailure", await post({ query: spof(30) }));
  const started = performance.now();
  const poller = pollHealthz();
  const five = await Promise.all(
    Array.from({ length: 5 }, (_, i) =>
      post({ query: `{ singlePointsOfFailure(minExposure: ${100 + i}) { items { detail } } }` }),
    ),
  );
  const worst = await poller.stop();
  process.stdout.write(
    `${"5 concurrent singlePointsOfFailure".padEnd(58)} codes ${five.map(p => `${p.status}/${p.code}`).join(",")}, ` +
      `${(performance.now() - started).toFixed(0)} ms, worst /healthz ${worst.worstHealthzMs.toFixed(0)} ms\n`,
  );

  process.stdout.write(`# 5. statuses and the alias hole\n`);
  const deep = `{ startups(first: 100) { nodes { members(first: 100) { nodes { startups(first: 100) { nodes { key } } } } } } }`;
  for (const accept of ["application/json", "application/graphql-response+json"]) {
    line(`cost refusal, Accept ${accept}`, await post({ query: deep }, accept));
    line(
      `page size 1000, Accept ${accept}`,
      await post({ query: "{ startups(first: 1000) { nodes { key } } }" }, accept),
    );
    line(`mutation, Accept ${accept}`, await post({ query: "mutation { x }" }, accept));
    line(`parse error, Accept ${accept}`, await post({ query: "{ startups(" }, accept));
  }
  const typenames = `{ ${Array.from({ length: 10_000 }, (_, i) => `t${i}: __typename`).join(" ")} }`;
  line("10,000 __typename aliases", await post({ query: typenames }));
}

main().catch(error => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
