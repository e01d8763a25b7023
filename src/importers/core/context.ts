import { type Curated } from "../curated/schema";
import { type AliasTable } from "../resolve/aliases";
import { type SourceError } from "./errors";
import { GraphBuilder } from "./graph";
import { Report } from "./report";

export interface BuildOptions {
  /** Raw data folder (shared/data). */
  dataDir: string;
  /** When true, a malformed record is fatal instead of skipped and reported. */
  strict?: boolean;
}

/** Everything an importer needs: the graph being built, the report, curated facts and aliases. */
export interface BuildContext {
  readonly dataDir: string;
  readonly strict: boolean;
  readonly graph: GraphBuilder;
  readonly report: Report;
  readonly curated: Curated;
  readonly aliases: AliasTable;
}

export function createContext(
  options: BuildOptions,
  curated: Curated,
  aliases: AliasTable,
): BuildContext {
  return {
    dataDir: options.dataDir,
    strict: options.strict ?? false,
    graph: new GraphBuilder(),
    report: new Report(),
    curated,
    aliases,
  };
}

/** Skip-and-report a malformed record (or throw in strict mode). */
export function rejectRecord(ctx: BuildContext, error: SourceError): void {
  if (ctx.strict) {
    throw error;
  }
  ctx.report.reject({ file: error.file, record: error.record ?? "(file)", reason: error.reason });
}
