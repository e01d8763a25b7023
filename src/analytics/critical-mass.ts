/**
 * Contribution critical mass of a shared tool: CHAOSS Contributors, New / Inactive Contributors,
 * Contributor Absence Factor, Elephant Factor, Organizational Diversity (HHI), GrimoireLab onion
 * model, sector shares, and a verdict (ours).
 */
import { hhi, effectiveNumber, shares } from "./concentration";
import { aggregateWindow } from "./critical-mass-aggregate";
import { criticalMassVerdict } from "./critical-mass-verdict";
import {
  DEFAULT_VERDICT_THRESHOLDS,
  type Contribution,
  type CriticalMassOptions,
  type CriticalMassResult,
} from "./critical-mass.types";
import {
  addMonthsUtc,
  assertInteger,
  assertInRange,
  parseIsoDate,
  parseIsoUpperBound,
} from "./dates";
import { buildMethod } from "./method";
import { onionLayers, topKShare } from "./top-k-share";

/** Reference URLs of the definitions used by {@link criticalMass}. */
export const CRITICAL_MASS_REFERENCES: readonly string[] = [
  "https://chaoss.community/kb/metric-contributors/",
  "https://chaoss.community/?p=3613",
  "https://chaoss.community/?p=3614",
  "https://chaoss.community/?p=3944",
  "https://chaoss.community/kb/metric-elephant-factor/",
  "https://chaoss.community/kb/metric-organizational-diversity/",
  "https://en.wikipedia.org/wiki/Herfindahl%E2%80%93Hirschman_index",
  "https://github.com/chaoss/grimoirelab-elk/blob/HEAD/doc/studies.md",
  "https://github.com/codegouvfr/floss-criteria",
];

interface Parsed extends Contribution {
  first: number;
  last: number;
}

function parse(c: Contribution): Parsed {
  if (!Number.isFinite(c.commits) || c.commits < 0) {
    throw new RangeError(`commits must be finite and ≥ 0 (contributor ${c.contributorId})`);
  }
  const first = parseIsoDate(c.firstCommit, "firstCommit").getTime();
  const last = parseIsoDate(c.lastCommit, "lastCommit").getTime();
  if (first > last) {
    throw new RangeError(`firstCommit after lastCommit (contributor ${c.contributorId})`);
  }
  return { ...c, first, last };
}

/**
 * Computes the critical-mass figures of one tool from its contribution records.
 * Contribution kind = commits. See {@link CriticalMassOptions} for defaults; definitions:
 * - window membership: a record counts (in full) if `[firstCommit, lastCommit]` overlaps the window;
 * - dates: a date-only `window.to` / `asOf` means the end of that UTC day (see `parseIsoUpperBound`);
 * - active: last contribution (records starting after asOf ignored) after asOf − activeIntervalMonths;
 *   inactive: contributed by asOf but not since then (CHAOSS Inactive Contributors);
 * - new: first contribution ever falls in the window (or, without a window, in the active interval);
 * - CAF / EF = smallest k whose top-k commits are more than θ of the window total (0 if none).
 *
 * References: https://chaoss.community/?p=3944 , https://chaoss.community/kb/metric-elephant-factor/
 */
export function criticalMass(
  contributions: readonly Contribution[],
  options: CriticalMassOptions = {},
): CriticalMassResult {
  const theta = options.threshold ?? 0.5;
  const months = options.activeIntervalMonths ?? 12;
  const excludeBots = options.excludeBots ?? true;
  const policy = options.unaffiliated ?? "EACH_OWN_UNIT";
  const kind = options.contributionKind ?? "commits";
  const thresholds = { ...DEFAULT_VERDICT_THRESHOLDS, ...options.verdict };
  assertInRange(theta, "threshold", 0, 1, true);
  assertInteger(months, "activeIntervalMonths", 1);
  const from = options.window?.from ? parseIsoDate(options.window.from).getTime() : -Infinity;
  const to = options.window?.to ? parseIsoUpperBound(options.window.to).getTime() : Infinity;
  const asOfDate = parseIsoUpperBound(
    options.asOf ?? options.window?.to ?? new Date().toISOString(),
  );
  const asOf = asOfDate.getTime();
  const cutoff = addMonthsUtc(asOfDate, -months).getTime();
  const windowed = options.window?.from !== undefined || options.window?.to !== undefined;
  const [newFrom, newTo] = windowed ? [from, to] : [cutoff, asOf];

  const parsed = contributions.map(parse).filter(c => c.commits > 0);
  const bots = new Set(parsed.filter(c => c.isBot).map(c => c.contributorId));
  const records = excludeBots ? parsed.filter(c => !c.isBot) : parsed;
  const inWindow = records.filter(c => c.last >= from && c.first <= to);
  const partial = inWindow.filter(c => c.first < from || c.last > to).length;

  const firstEver = new Map<string, number>();
  const lastKnown = new Map<string, number>();
  for (const c of records) {
    firstEver.set(c.contributorId, Math.min(firstEver.get(c.contributorId) ?? Infinity, c.first));
    if (c.first <= asOf) {
      const seen = Math.min(c.last, asOf);
      lastKnown.set(c.contributorId, Math.max(lastKnown.get(c.contributorId) ?? -Infinity, seen));
    }
  }
  const lastValues = [...lastKnown.values()];
  const firstValues = [...firstEver.values()];

  const agg = aggregateWindow(inWindow, policy);
  const total = agg.total;
  const toItems = (m: Map<string, number>) => [...m].map(([key, value]) => ({ key, value }));
  const unitCounts = [...agg.byUnit.values()];

  const organizations = shares(toItems(agg.byOrganization)).map(o => ({
    key: o.key,
    contributions: o.value,
    share: total === 0 ? 0 : o.value / total,
  }));
  const figures = {
    contributorsAllTime: firstEver.size,
    contributorsInWindow: agg.byPerson.size,
    activeContributors: lastValues.filter(t => t > cutoff).length,
    newContributors: firstValues.filter(t => (windowed ? t >= newFrom : t > newFrom) && t <= newTo)
      .length,
    inactiveContributors: lastValues.filter(t => t <= cutoff).length,
    contributorAbsenceFactor: topKShare(toItems(agg.byPerson), theta).factor,
    elephantFactor: topKShare(toItems(agg.byUnit), theta).factor,
    contributionsInWindow: total,
    organizations,
    organizationHHI: hhi(unitCounts),
    effectiveOrganizations: effectiveNumber(unitCounts),
    sectorShares: agg.sectorShares,
    unknownAffiliationShare: total === 0 ? 0 : agg.unaffiliatedCommits / total,
    onion: onionLayers([...agg.byPerson.values()]),
  };
  const verdict = criticalMassVerdict(
    { ...figures, organizations: organizations.length },
    thresholds,
  );
  const iso = (t: number): string | null => (Number.isFinite(t) ? new Date(t).toISOString() : null);
  const notes = [
    `contribution kind: ${kind}; ${records.length} records kept out of ${contributions.length}`,
    excludeBots ? `${bots.size} bot contributor(s) excluded` : "bots included",
    `${partial} record(s) overlap a window bound and are counted in full`,
    `unaffiliated commits: ${(figures.unknownAffiliationShare * 100).toFixed(1)} % (policy ${policy})`,
    "sector of a contributor = sector of most of their window commits (ties: fixed sector order)",
    "HHI and effective organisations computed over the elephant-factor units",
  ];
  const method = buildMethod({
    name: "CHAOSS critical mass (CAF, Elephant Factor, Organizational Diversity) + verdict (ours)",
    formula:
      "F(θ) = min{k : x₁+…+x_k > θ·X} over contributors (CAF) and organisations (EF); HHI = Σ s²; " +
      "effective = 1/HHI; onion = prefixes reaching 80 % / 95 %",
    parameters: {
      from: iso(from),
      to: iso(to),
      asOf: asOfDate.toISOString(),
      activeIntervalMonths: months,
      threshold: theta,
      excludeBots,
      unaffiliated: policy,
      contributionKind: kind,
      newContributorsFrom: iso(newFrom),
      newContributorsTo: iso(newTo),
      ...thresholds,
    },
    references: CRITICAL_MASS_REFERENCES,
    coverageNotes: notes,
    computedAt: options.computedAt,
  });
  return { ...figures, verdict, method };
}
