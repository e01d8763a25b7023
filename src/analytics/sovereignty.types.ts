/** Types of the sovereignty exposure rules (see `sovereignty.ts`). */
import type { LicenceClass } from "./licence";
import type { Method } from "./method";
import type { Jurisdiction } from "./sovereignty-rules";

/** A node of a dependency closure with what the graph knows about it. */
export interface ClosureNode {
  key: string;
  label: string;
  licence: string | null;
  /** ISO 3166-1 alpha-2 code of the vendor / editor, when known. */
  vendorCountry?: string | null;
  isEU?: boolean | null;
  /** ISO date of the last known activity (commit, release). */
  lastActivity?: string | null;
  /** CHAOSS contributor absence factor of the component, when known. */
  absenceFactor?: number | null;
  depth: number;
  examplePath: string[];
}

/** Kinds of sovereignty finding (ours), in the fixed order of outputs. */
export const FINDING_KINDS = [
  "PROPRIETARY_LICENCE",
  "DUAL_COMMERCIAL_LICENCE",
  "NO_LICENCE",
  "NON_EU_VENDOR",
  "UNMAINTAINED",
  "SINGLE_MAINTAINER",
] as const;

/** Kind of sovereignty finding (ours). */
export type FindingKind = (typeof FINDING_KINDS)[number];

/** One finding on one component. */
export interface SovereigntyFinding {
  kind: FindingKind;
  subjectKey: string;
  reason: string;
  depth: number;
  examplePath: string[];
}

/** Options of {@link sovereigntyFindings}. */
export interface SovereigntyOptions {
  /** Reference date of the UNMAINTAINED rule; default the current date. */
  asOf?: string;
  /** UNMAINTAINED when no activity for more than this many months before asOf. Default 24. */
  unmaintainedMonths?: number;
  /** Which vendor countries count as "EU". Default `EU_EEA` (EU 27 + Iceland, Liechtenstein, Norway). */
  jurisdiction?: Jurisdiction;
  computedAt?: string;
}

/** Output of {@link sovereigntyFindings}. */
export interface SovereigntyReport {
  findings: SovereigntyFinding[];
  summary: {
    components: number;
    componentsWithFindings: number;
    byKind: Record<FindingKind, number>;
    licenceClasses: Record<LicenceClass, number>;
    unknownJurisdiction: number;
    unknownActivity: number;
    /** Components without contributor statistics (SINGLE_MAINTAINER cannot be checked). */
    unknownMaintainers: number;
  };
  method: Method;
}
