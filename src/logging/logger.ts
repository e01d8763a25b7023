import pino, { type Logger } from "pino";

export type { Logger };

/** One JSON line per event on stdout; no personal data is ever logged. */
export function createLogger(level: string, name = "graph-api"): Logger {
  return pino({ name, level, base: { service: name }, timestamp: pino.stdTimeFunctions.isoTime });
}
