/**
 * Contributors over time of a software, repository or start-up: the critical-mass records read
 * once (`readContributions`, as `criticalMass`), turned into a yearly or monthly series.
 */
import {
  activityPeriods,
  contributorActivity,
  MAX_ACTIVITY_PERIODS,
  type ActivityGranularity,
} from "../../analytics/contributor-activity";
import { BadUserInputError } from "../../errors";
import { citeCoverage } from "./coverage.service";
import { readContributions, undatedNote, type ContributionKind } from "./contributions";
import { CRITICAL_MASS_ROOTS } from "./critical-mass.service";
import { resolveAsOf } from "./data-date";
import { checkDate } from "./limits";
import { resolveSubject, type AnalyticsDeps, type SubjectRef } from "./subject";
import type { ContributorActivity } from "./types/contributor-activity.type";

export interface ContributorActivityParams {
  granularity?: ActivityGranularity;
  contributionKind?: ContributionKind;
  from?: string | null;
  /** Default: the data's snapshot date. */
  to?: string | null;
  excludeBots?: boolean;
}

/** Output of {@link contributorActivityOf} (declared once, with the API's type). */
export type ContributorActivityData = ContributorActivity;

function validate(p: ContributorActivityParams): void {
  const from = checkDate(p.from, "from");
  const to = checkDate(p.to, "to");
  if (from && to && from > to) {
    throw new BadUserInputError(`from (${from}) is after to (${to})`, { argument: "from" });
  }
  if (from && to) {
    const count = activityPeriods(Date.parse(from), Date.parse(to), p.granularity ?? "YEAR").length;
    if (count > MAX_ACTIVITY_PERIODS) {
      throw new BadUserInputError(
        `from…to spans ${count} periods; at most ${MAX_ACTIVITY_PERIODS} (narrow the range or use YEAR)`,
        { argument: "from", max: MAX_ACTIVITY_PERIODS },
      );
    }
  }
}

/** The series of one subject (BAD_USER_INPUT for bad dates, NOT_FOUND for an unknown subject). */
export async function contributorActivityOf(
  deps: AnalyticsDeps,
  ref: SubjectRef,
  params: ContributorActivityParams = {},
): Promise<ContributorActivityData> {
  validate(params);
  const subject = await resolveSubject(deps, ref, CRITICAL_MASS_ROOTS);
  const kind = params.contributionKind ?? "COMMITS";
  const granularity = params.granularity ?? "YEAR";
  const { asOf, basis, note } = await resolveAsOf(deps, { to: params.to });
  const { records, undated } = await readContributions(deps, subject.elementId, kind, asOf);
  const result = contributorActivity(records, {
    granularity,
    from: params.from ?? undefined,
    to: asOf,
    excludeBots: params.excludeBots,
    contributionKind:
      kind === "COMMITS" ? "commits (CONTRIBUTES_TO)" : "mission months (MEMBER_OF)",
  });
  result.method.parameters.toBasis = basis;
  result.method.parameters.undatedRecords = undated;
  result.method.coverageNotes.push(...undatedNote(undated));
  result.method.coverageNotes.push(
    basis === "window end" ? `to ${asOf} given` : note.replace(/\basOf\b/g, "to"),
  );
  await citeCoverage(deps, result.method, [
    "softwareWithContributorData",
    "repositoriesWithContributorData",
    "contributorDataDates",
    "repositoriesNotRead",
  ]);
  return { subject, contributionKind: kind, granularity, ...result };
}
