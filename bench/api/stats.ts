export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  requests: number;
  errors: number;
}

/** Percentiles (ms) over raw latencies, with throughput over the run's duration. */
export function summarise(latencies: number[], errors: number, durationMs: number): LatencySummary {
  const sorted = Float64Array.from(latencies).sort();
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    rps: (latencies.length / durationMs) * 1000,
    requests: latencies.length,
    errors,
  };
}

const COLUMNS = ["p50 ms", "p95 ms", "p99 ms", "req/s", "requests", "errors", "CPU ms/req"];
const WIDTHS = [9, 9, 9, 10, 10, 8, 12];

export function formatHeader(): string {
  return `${"clients side".padEnd(16)}${COLUMNS.map((c, i) => c.padStart(WIDTHS[i] ?? 9)).join("")}`;
}

/** One row; `cpuMsPerRequest` is this process's CPU time per request, when measured. */
export function formatRow(label: string, s: LatencySummary, cpuMsPerRequest?: number): string {
  const f = (n: number) => n.toFixed(2).padStart(9);
  const cpu = cpuMsPerRequest === undefined ? "" : cpuMsPerRequest.toFixed(2).padStart(12);
  return `${label.padEnd(16)}${f(s.p50)}${f(s.p95)}${f(s.p99)}${s.rps.toFixed(0).padStart(10)}${String(s.requests).padStart(10)}${String(s.errors).padStart(8)}${cpu}`;
}
