/**
 * Critical mass of a software (metrics-anchors.md §2.1–2.7, §7.5): CHAOSS contributors, active /
 * new / inactive, Contributor Absence Factor, Elephant Factor, organisational diversity (HHI),
 * sector shares with the unknown share, and a verdict with parameterised thresholds (ours).
 */
import { criticalMass, type UnaffiliatedPolicy, type VerdictThresholds } from "../../analytics";
import { BadUserInputError } from "../../errors";
import { citeCoverage } from "./coverage.service";
import { readContributions, undatedNote, type ContributionKind } from "./contributions";
import { resolveAsOf, type ResolvedAsOf } from "./data-date";
import { checkDate, checkInt, checkRange } from "./limits";
import { str } from "./rows";
import type { CriticalMass } from "./types/critical-mass.type";
import {
  resolveSubject,
  type AnalyticsDeps,
  type AnalyticsLabel,
  type Subject,
  type SubjectRef,
} from "./subject";

/** Labels whose critical mass can be asked for. */
export const CRITICAL_MASS_ROOTS: readonly AnalyticsLabel[] = ["Software", "Repository", "Startup"];

/** Parameters of {@link criticalMassOf} (defaults: all-time, θ = 0.5, 12 months, commits). */
export interface CriticalMassParams {
  contributionKind?: ContributionKind;
  from?: string | null;
  to?: string | null;
  asOf?: string | null;
  activeIntervalMonths?: number;
  threshold?: number;
  excludeBots?: boolean;
  unaffiliated?: UnaffiliatedPolicy;
  verdict?: Partial<VerdictThresholds>;
}

/** Output: the library result plus the subject and the organisations named (declared once). */
export type CriticalMassData = CriticalMass;

function validate(p: CriticalMassParams) {
  checkDate(p.from, "from");
  checkDate(p.to, "to");
  checkDate(p.asOf, "asOf");
  checkInt(p.activeIntervalMonths ?? 12, "activeIntervalMonths", 1, 120);
  checkRange(p.threshold ?? 0.5, "threshold", 0.01, 0.99);
  if (p.from && p.to && p.from > p.to) {
    throw new BadUserInputError(`from (${p.from}) is after to (${p.to})`, { argument: "from" });
  }
}

/** Critical mass of an already resolved subject (`when`: an asOf already resolved by the caller). */
export async function criticalMassOfSubject(
  deps: AnalyticsDeps,
  subject: Subject,
  params: CriticalMassParams = {},
  when?: ResolvedAsOf,
): Promise<CriticalMassData> {
  validate(params);
  const kind = params.contributionKind ?? "COMMITS";
  const { asOf, basis, note } = when ?? (await resolveAsOf(deps, params));
  const { records, organizations, undated } = await readContributions(
    deps,
    subject.elementId,
    kind,
    asOf,
  );
  const window =
    params.from || params.to
      ? { from: params.from ?? undefined, to: params.to ?? undefined }
      : undefined;
  const result = criticalMass(records, {
    window,
    asOf,
    activeIntervalMonths: params.activeIntervalMonths,
    threshold: params.threshold,
    excludeBots: params.excludeBots,
    unaffiliated: params.unaffiliated,
    verdict: params.verdict,
    contributionKind:
      kind === "COMMITS" ? "commits (CONTRIBUTES_TO)" : "mission months (MEMBER_OF)",
  });
  result.method.parameters.asOfBasis = basis;
  result.method.parameters.undatedRecords = undated;
  result.method.coverageNotes.push(note, ...undatedNote(undated));
  await citeCoverage(deps, result.method, [
    "softwareWithContributorData",
    "repositoriesWithContributorData",
    "contributorDataDates",
    "repositoriesNotRead",
  ]);
  if (records.length === 0) {
    result.method.coverageNotes.push(`no ${kind} contribution data for this subject`);
  }
  const named = result.organizations.map(o => {
    const colon = o.key.indexOf(":");
    const name = organizations.get(o.key) ?? o.key;
    return {
      ...o,
      organization: { label: o.key.slice(0, colon), key: o.key.slice(colon + 1), name },
    };
  });
  return { ...result, organizations: named, subject, contributionKind: kind };
}

/** Critical mass of a Software, Repository or Startup. */
export async function criticalMassOf(
  deps: AnalyticsDeps,
  ref: SubjectRef,
  params: CriticalMassParams = {},
): Promise<CriticalMassData> {
  validate(params);
  const subject = await resolveSubject(deps, ref, CRITICAL_MASS_ROOTS);
  return criticalMassOfSubject(deps, subject, params);
}

/** Ranking keys of {@link criticalMassRanking} (all sorted descending, then key). */
export const CRITICAL_MASS_SORTS = [
  "CONTRIBUTOR_ABSENCE_FACTOR",
  "ELEPHANT_FACTOR",
  "ACTIVE_CONTRIBUTORS",
  "CONTRIBUTORS",
  "EFFECTIVE_ORGANIZATIONS",
] as const;
export type CriticalMassSort = (typeof CRITICAL_MASS_SORTS)[number];

const SORT_VALUE: Record<CriticalMassSort, (r: CriticalMassData) => number> = {
  CONTRIBUTOR_ABSENCE_FACTOR: r => r.contributorAbsenceFactor,
  ELEPHANT_FACTOR: r => r.elephantFactor,
  ACTIVE_CONTRIBUTORS: r => r.activeContributors,
  CONTRIBUTORS: r => r.contributorsInWindow,
  EFFECTIVE_ORGANIZATIONS: r => r.effectiveOrganizations,
};

/** Every software with contribution data of the kind, ranked by one indicator. */
export async function criticalMassRanking(
  deps: AnalyticsDeps,
  params: CriticalMassParams & { sortBy?: CriticalMassSort; first?: number } = {},
): Promise<CriticalMassData[]> {
  validate(params);
  const first = checkInt(params.first ?? 50, "first", 1, 500);
  const kind = params.contributionKind ?? "COMMITS";
  const rows = await deps.db.read(deps.cypher.get("analytics/critical-mass-candidates"), { kind });
  const when = await resolveAsOf(deps, params);
  const results: CriticalMassData[] = [];
  for (const row of rows) {
    const key = str(row, "key");
    const name = str(row, "name", key);
    const subject = { elementId: str(row, "elementId"), label: "Software", key, name };
    results.push(await criticalMassOfSubject(deps, subject, params, when));
  }
  const value = SORT_VALUE[params.sortBy ?? "ACTIVE_CONTRIBUTORS"];
  return results
    .sort((a, b) => value(b) - value(a) || (a.subject.key < b.subject.key ? -1 : 1))
    .slice(0, first);
}
