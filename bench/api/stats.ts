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
  const sorted = [...latencies].sort((a, b) => a - b);
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

export function formatRow(label: string, s: LatencySummary): string {
  const f = (n: number) => n.toFixed(2).padStart(9);
  return `${label.padEnd(16)}${f(s.p50)}${f(s.p95)}${f(s.p99)}${s.rps.toFixed(0).padStart(10)}${String(s.requests).padStart(10)}${String(s.errors).padStart(8)}`;
}
