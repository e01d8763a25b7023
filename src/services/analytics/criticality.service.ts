/**
 * Criticality score (metrics-anchors.md §3.1, §7.6): the OpenSSF criticality_score formula over the
 * signals our graph has; missing signals are reported as missing (dropped from the weighted mean),
 * never read as zero.
 */
import {
  criticalityScore,
  type CriticalityProfileName,
  type CriticalitySignals,
} from "../../analytics";
import { citeCoverage } from "./coverage.service";
import { resolveAsOf } from "./data-date";
import { checkDate } from "./limits";
import { reachedCount, reachLevels } from "./reachability.service";
import { reuseBreadthOf } from "./reuse.service";
import { num, strOrNull } from "./rows";
import type { CriticalityScore } from "./types/criticality.type";
import {
  resolveSubject,
  type AnalyticsDeps,
  type AnalyticsLabel,
  type SubjectRef,
} from "./subject";

/** Labels whose criticality can be asked for. */
export const CRITICALITY_ROOTS: readonly AnalyticsLabel[] = ["Software", "Repository"];

const MONTH_MS = 30.4375 * 24 * 3600 * 1000;

const monthsBetween = (from: string | null, to: Date): number | null =>
  from === null ? null : Math.max(0, (to.getTime() - Date.parse(from)) / MONTH_MS);

/** Output: the scorer result plus the subject and the raw signal values (declared once). */
export type CriticalityData = CriticalityScore;

/** Criticality score of a Software or Repository with its per-signal breakdown. */
export async function criticalityOf(
  deps: AnalyticsDeps,
  ref: SubjectRef,
  options: { profile?: CriticalityProfileName; asOf?: string | null } = {},
): Promise<CriticalityData> {
  checkDate(options.asOf, "asOf");
  const profile = options.profile ?? "ECOSYSTEM_FR";
  const subject = await resolveSubject(deps, ref, CRITICALITY_ROOTS);
  const when = await resolveAsOf(deps, options);
  const asOf = new Date(when.asOf);
  const [row = {}] = await deps.db.read(deps.cypher.get("analytics/criticality-signals"), {
    rootId: subject.elementId,
  });
  const contributors = num(row, "contributors");
  const hasContributors = contributors > 0;
  const dependents = reachedCount(await reachLevels(deps, subject, "DEPENDENTS", { maxDepth: 6 }));
  const reuse = subject.label === "Software" ? (await reuseBreadthOf(deps, subject)).row : null;
  const updated = monthsBetween(strOrNull(row, "lastActivity"), asOf);
  const created = monthsBetween(strOrNull(row, "created"), asOf);
  const signals: CriticalitySignals = {
    contributor_count: hasContributors ? contributors : null,
    organization_count: hasContributors ? num(row, "organizations") : null,
    org_count: hasContributors ? num(row, "organizations") : null,
    ministries_using_count: reuse ? reuse.usingMinistries : null,
    organizations_using_count: reuse ? reuse.usingOrganizations : null,
    transitive_dependents_count: dependents,
    months_since_update: updated,
    updated_since: updated,
    months_since_creation: created,
    created_since: created,
  };
  const result = criticalityScore(signals, profile);
  result.method.parameters.asOf = asOf.toISOString();
  result.method.parameters.asOfBasis = when.basis;
  result.method.coverageNotes.push(
    when.note,
    "contributor signals come from CONTRIBUTES_TO (La Suite repositories only); absent elsewhere → missing",
    "usage signals count USES / DEPLOYS / FUNDS / CO_DEVELOPS / INTEGRATES and sponsors of producing start-ups; 0 = no stated use",
    "transitive dependents: reverse DEPENDS_ON reachability, depth ≤ 6, inside our graph only",
  );
  await citeCoverage(deps, result.method, [
    "softwareWithContributorData",
    "softwareWithKnownUser",
    "dependencyChains",
  ]);
  return { ...result, subject, signals };
}
