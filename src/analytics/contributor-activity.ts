/**
 * Contributors over time: per calendar year or month, the contributors active in it (CHAOSS
 * Contributors), those whose first contribution falls in it (CHAOSS New Contributors), their
 * contributions, and how many have no known organisation. One pass over the records, for the
 * whole series (the explorer's critical-mass chart), instead of one critical-mass window per
 * period.
 */
import type { Contribution } from "./critical-mass.types";
import { parseIsoDate, parseIsoUpperBound } from "./dates";
import { buildMethod, type Method } from "./method";

import type { ActivityGranularity, ActivityPeriod } from "./types/contributor-activity.type";

export type { ActivityGranularity, ActivityPeriod };

/** Periods of one series, at most (50 years of months). */
export const MAX_ACTIVITY_PERIODS = 600;

export interface ActivityOptions {
  granularity?: ActivityGranularity;
  /** First day of the series (its period is included whole); default the first contribution. */
  from?: string;
  /** Last day of the series (its period is included whole). */
  to: string;
  /** Default true, as `criticalMass`. */
  excludeBots?: boolean;
  /** Named in the method, e.g. "commits (CONTRIBUTES_TO)". */
  contributionKind?: string;
}

export interface ActivityResult {
  periods: ActivityPeriod[];
  method: Method;
}

const DAY_MS = 86_400_000;

export const CONTRIBUTOR_ACTIVITY_REFERENCES: readonly string[] = [
  "https://chaoss.community/kb/metric-contributors/",
  "https://chaoss.community/kb/metric-new-contributors/",
];

/** Start of the period holding `t` (UTC), and of the next one. */
function periodBounds(t: number, granularity: ActivityGranularity): [number, number] {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  if (granularity === "YEAR") {
    return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  }
  const m = d.getUTCMonth();
  return [Date.UTC(y, m, 1), Date.UTC(y, m + 1, 1)];
}

const day = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** The calendar periods from the one holding `from` to the one holding `to`, in order. */
export function activityPeriods(
  from: number,
  to: number,
  granularity: ActivityGranularity,
): Array<[number, number]> {
  const periods: Array<[number, number]> = [];
  let [start, next] = periodBounds(from, granularity);
  while (start <= to) {
    periods.push([start, next]);
    [start, next] = periodBounds(next, granularity);
  }
  return periods;
}

interface Span {
  contributorId: string;
  affiliated: boolean;
  units: number;
  first: number;
  /** Exclusive end: the day after the last contribution. */
  end: number;
}

function span(c: Contribution): Span {
  const first = parseIsoDate(c.firstCommit, "firstCommit").getTime();
  const last = parseIsoDate(c.lastCommit, "lastCommit").getTime();
  if (first > last) {
    throw new RangeError(`firstCommit after lastCommit (contributor ${c.contributorId})`);
  }
  return {
    contributorId: c.contributorId,
    affiliated: c.organizationKey !== null,
    units: c.commits,
    first,
    end: last + DAY_MS,
  };
}

/**
 * The series. A contributor is active in a period when one of their records' `[first, last]`
 * overlaps it (the membership rule of `criticalMass` windows, so a year here counts what
 * `criticalMass(from, to)` counts for that year), and new in the period holding their first
 * contribution. A record's contributions are spread evenly over its days (the sources give a
 * total with first and last dates, not a history), so `contributions` is an estimate.
 */
export function contributorActivity(
  records: readonly Contribution[],
  options: ActivityOptions,
): ActivityResult {
  const granularity = options.granularity ?? "YEAR";
  const excludeBots = options.excludeBots ?? true;
  const kept = records.filter(c => c.commits > 0 && !(excludeBots && c.isBot));
  const bots = new Set(records.filter(c => c.isBot).map(c => c.contributorId));
  const spans = kept.map(span);
  const to = parseIsoUpperBound(options.to, "to").getTime();
  const firstEver = new Map<string, number>();
  for (const s of spans) {
    firstEver.set(s.contributorId, Math.min(firstEver.get(s.contributorId) ?? Infinity, s.first));
  }
  const earliest = Math.min(...firstEver.values());
  const from = options.from ? parseIsoDate(options.from, "from").getTime() : earliest;
  let bounds = Number.isFinite(from) && from <= to ? activityPeriods(from, to, granularity) : [];
  const clipped = bounds.length > MAX_ACTIVITY_PERIODS;
  if (clipped) {
    bounds = bounds.slice(-MAX_ACTIVITY_PERIODS);
  }

  const periods = bounds.map(([start, next]): ActivityPeriod => {
    const active = new Map<string, boolean>(); // contributor → affiliated in the period
    let contributions = 0;
    for (const s of spans) {
      if (s.end <= start || s.first >= next) {
        continue;
      }
      active.set(s.contributorId, (active.get(s.contributorId) ?? false) || s.affiliated);
      const overlap = Math.min(s.end, next) - Math.max(s.first, start);
      contributions += (s.units * overlap) / (s.end - s.first);
    }
    const unaffiliated = [...active.values()].filter(a => !a).length;
    const newcomers = [...firstEver.values()].filter(t => t >= start && t < next).length;
    return {
      label: granularity === "YEAR" ? day(start).slice(0, 4) : day(start).slice(0, 7),
      from: day(start),
      to: day(next - DAY_MS),
      activeContributors: active.size,
      newContributors: newcomers,
      contributions: Math.round(contributions * 100) / 100,
      unaffiliatedContributors: unaffiliated,
      unknownAffiliationShare: active.size === 0 ? 0 : unaffiliated / active.size,
    };
  });

  const coverageNotes = [
    `${kept.length} records kept out of ${records.length}`,
    excludeBots ? `${bots.size} bot contributor(s) excluded` : "bots included",
    "contributions per period are an estimate: each record gives a total with its first and last " +
      "dates, spread evenly over those days",
    "unknownAffiliationShare = active contributors with no known organisation in the period / " +
      "active contributors",
  ];
  if (clipped) {
    coverageNotes.push(`only the last ${MAX_ACTIVITY_PERIODS} periods are returned`);
  }
  if (spans.length === 0) {
    coverageNotes.push("no contribution records: the series is empty");
  }
  return {
    periods,
    method: buildMethod({
      name: "Contributors over time (CHAOSS Contributors and New Contributors per period)",
      formula:
        "active(P) = |{c : some record [first, last] of c overlaps P}|; new(P) = |{c : first(c) ∈ P}|; " +
        "contributions(P) = Σ units · |[first, last+1d) ∩ P| / |[first, last+1d)|",
      parameters: {
        granularity,
        from: bounds.length > 0 ? day(bounds[0]![0]) : (options.from ?? null),
        to: options.to,
        excludeBots,
        contributionKind: options.contributionKind,
      },
      references: CONTRIBUTOR_ACTIVITY_REFERENCES,
      coverageNotes,
    }),
  };
}
