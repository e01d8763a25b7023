/** The archived reports (`npm run report -- <kind> <subject>`): same services as the GraphQL API. */
import { criticalMassOf } from "../services/analytics/critical-mass.service";
import { exposureOf } from "../services/analytics/exposure.service";
import { reuseBreadthOf } from "../services/analytics/reuse.service";
import { sovereigntyOf } from "../services/analytics/sovereignty.service";
import type { AnalyticsDeps, SubjectRef } from "../services/analytics/subject";
import { labelOfKind } from "../read/model";
import { coverageReport } from "./coverage-report";
import type { Report, ReportKind } from "./report";
import { foundBesideUnknown, pct, share } from "./figures";
import { ministryReport } from "./ministry-report";

export { foundBesideUnknown } from "./figures";

export {
  GRAPH_REPORT_KINDS,
  REPORT_KINDS,
  type Report,
  type ReportKind,
  type ReportTable,
} from "./report";

/** Parses `Kind:key` or `Label:key` (the key may contain colons, e.g. `SOFTWARE:lasuite:docs`). */
export function parseSubject(text: string): SubjectRef {
  const colon = text.indexOf(":");
  if (colon <= 0 || colon === text.length - 1) {
    throw new Error(`subject must be Kind:key (e.g. Software:lasuite:docs), got '${text}'`);
  }
  const head = text.slice(0, colon);
  const label = labelOfKind(head) ?? head;
  return { label, key: text.slice(colon + 1) };
}

async function sovereigntyReport(deps: AnalyticsDeps, subject: string): Promise<Report> {
  const r = await sovereigntyOf(deps, parseSubject(subject));
  const s = r.summary;
  const unknownLicence = s.licenceClasses.UNKNOWN ?? 0;
  const unknownOf: Record<string, number | null> = {
    PROPRIETARY_LICENCE: unknownLicence,
    DUAL_COMMERCIAL_LICENCE: unknownLicence,
    NO_LICENCE: unknownLicence,
    NON_EU_VENDOR: s.unknownJurisdiction,
    UNMAINTAINED: s.unknownActivity,
    SINGLE_MAINTAINER: s.unknownMaintainers,
  };
  const name = (key: string) => r.refs.get(key)?.name ?? key;
  return {
    kind: "sovereignty",
    subject,
    title: `Sovereignty exposure of ${r.subject.name} (${subject})`,
    headline: [
      `- components examined: ${s.components}; with at least one finding: ${s.componentsWithFindings}`,
      ...Object.entries(s.byKind).map(([kind, found]) =>
        foundBesideUnknown(kind, found, unknownOf[kind] ?? null, s.components),
      ),
    ],
    definitions: [
      "A finding is stated only on a known fact: an unknown licence, vendor country or activity date never gives a finding, it is counted as unknown.",
      "SINGLE_MAINTAINER is checked only where contributor statistics exist; the other components count as unknown.",
    ],
    tables: [
      {
        name: "findings",
        title: "Findings",
        columns: ["kind", "component", "component_name", "depth", "reason", "example_path"],
        rows: r.findings.map(f => [
          f.kind,
          f.subjectKey,
          name(f.subjectKey),
          f.depth,
          f.reason,
          f.examplePath.join(" > "),
        ]),
      },
      {
        name: "licence-classes",
        title: "Components per licence class",
        columns: ["licence_class", "components", "share"],
        rows: Object.entries(s.licenceClasses).map(([k, n]) => [
          k,
          n,
          s.components ? share(n / s.components) : null,
        ]),
      },
    ],
    method: r.method,
    data: { ...r, refs: Object.fromEntries(r.refs) },
  };
}

async function criticalMassReport(deps: AnalyticsDeps, subject: string): Promise<Report> {
  const r = await criticalMassOf(deps, parseSubject(subject));
  const unknown = r.sectorShares.find(x => x.sector === "UNKNOWN");
  const distinct = r.organizations.length;
  const sectorTotal = r.sectorShares.reduce((sum, x) => sum + x.contributors, 0);
  return {
    kind: "critical-mass",
    subject,
    title: `Critical mass of ${r.subject.name} (${subject})`,
    headline: [
      `- contributors: ${r.contributorsAllTime} all time, ${r.contributorsInWindow} in the window, ${r.activeContributors} active, ${r.newContributors} new, ${r.inactiveContributors} inactive`,
      `- contributor absence factor: ${r.contributorAbsenceFactor}; elephant factor: ${r.elephantFactor}`,
      `- contributing organisations: ${distinct} distinct (known affiliations); effective number 1/HHI = ${r.effectiveOrganizations.toFixed(2)}`,
      foundBesideUnknown(
        "contributor affiliation",
        sectorTotal - (unknown?.contributors ?? 0),
        unknown?.contributors ?? 0,
        sectorTotal,
      ),
      `- affiliation unknown for ${pct(r.unknownAffiliationShare)} of contributions (${unknown ? `${unknown.contributors} contributor(s), ${pct(unknown.contributorShare)} of contributors` : "no contributor"})`,
      `- verdict: ${r.verdict.reached ? "critical mass reached" : "critical mass not reached"}${r.verdict.reasons.length ? ` (${r.verdict.reasons.join("; ")})` : ""}`,
    ],
    definitions: [
      "Distinct organisations: organisations with at least one affiliated contribution; the verdict's organisation criterion counts these.",
      "Effective organisations = 1/HHI of the contribution shares of the elephant-factor units (unaffiliated contributions counted per the `unaffiliated` parameter), so it can differ from, and be fractional beside, the distinct count.",
      "Unknown affiliation is given as a share of contributions (the figure used by the indicators); the share of contributors is given beside it and is a different quantity.",
    ],
    tables: [
      {
        name: "organizations",
        title: "Contributing organisations",
        columns: ["organization", "name", "contributions", "share"],
        rows: r.organizations.map(o => [o.key, o.organization.name, o.contributions, share(o.share)]),
      },
      {
        name: "sectors",
        title: "Sectors",
        columns: ["sector", "contributors", "contributor_share", "contributions", "contribution_share"],
        rows: r.sectorShares.map(x => [
          x.sector,
          x.contributors,
          share(x.contributorShare),
          x.contributions,
          share(x.contributionShare),
        ]),
      },
      {
        name: "verdict",
        title: "Verdict criteria",
        columns: ["criterion", "value", "comparator", "threshold", "passed"],
        rows: r.verdict.criteria.map(c => [
          c.criterion,
          c.value,
          c.comparator,
          c.threshold,
          String(c.passed),
        ]),
      },
    ],
    method: r.method,
    data: r,
  };
}

/** "found, unknown of total" of the ministry of exposed entities. */
function withMinistry(figure: string, list: ReadonlyArray<{ ministries: readonly unknown[] }>) {
  const unknown = list.filter(e => e.ministries.length === 0).length;
  return foundBesideUnknown(figure, list.length - unknown, unknown, list.length);
}

async function exposureReport(deps: AnalyticsDeps, subject: string): Promise<Report> {
  const r = await exposureOf(deps, parseSubject(subject), { first: 5000 });
  const exposedRows = (list: typeof r.startups) =>
    list.map(e => [
      e.entity.key,
      e.entity.name,
      e.depth,
      e.ministries.map(m => m.name).join("; "),
      e.evidence.map(v => `${v.relationship} ${v.target.key}`).join("; "),
    ]);
  const exposedColumns = ["key", "name", "depth", "ministries", "via"];
  const orgTotal = r.organizations.length;
  return {
    kind: "exposure",
    subject,
    title: `Exposure if ${r.subject.name} fails (${subject})`,
    headline: [
      `- dependents: ${r.directDependents} direct, ${r.transitiveDependents} at any depth`,
      `- exposed: ${r.startups.length} start-up(s), ${orgTotal} organisation(s) or partner(s), ${r.ministries.length} ministr(y/ies)`,
      withMinistry("exposed start-up ministry", r.startups),
      withMinistry("exposed organisation ministry", r.organizations),
    ],
    definitions: [
      "A dependent is a node that depends on the subject through DEPENDS_ON (any depth ≤ 6); an exposed start-up or organisation produces, uses, deploys, funds or owns the subject or a dependent.",
    ],
    tables: [
      {
        name: "dependents",
        title: "Dependents",
        columns: ["kind", "key", "name", "depth", "relation", "requirement"],
        rows: r.dependents.map(d => [
          d.node.label,
          d.node.key,
          d.node.name,
          d.depth,
          d.relation,
          d.requirement,
        ]),
      },
      { name: "startups", title: "Exposed start-ups", columns: exposedColumns, rows: exposedRows(r.startups) },
      {
        name: "organizations",
        title: "Exposed organisations and partners",
        columns: exposedColumns,
        rows: exposedRows(r.organizations),
      },
      {
        name: "ministries",
        title: "Exposed ministries",
        columns: ["ministry", "name", "organizations", "startups", "direct", "min_depth", "share_of_organizations"],
        rows: r.ministries.map(m => [
          m.ministry.key,
          m.ministry.name,
          m.organizations,
          m.startups,
          String(m.direct),
          m.minDepth,
          orgTotal ? share(m.organizations / orgTotal) : null,
        ]),
      },
    ],
    method: r.method,
    data: r,
  };
}

async function reuseReport(deps: AnalyticsDeps, subject: string): Promise<Report> {
  const r = await reuseBreadthOf(deps, parseSubject(subject), { expandParts: true });
  const row = r.row;
  return {
    kind: "reuse",
    subject,
    title: `Reuse of ${row.software.name} (${subject}), parts included`,
    headline: [
      `- using organisations, ministries and partners: ${row.usingOrganizations}`,
      `- ministries: ${row.usingMinistries}; effective number 1/HHI = ${row.effectiveMinistries.toFixed(2)}`,
      foundBesideUnknown(
        "user ministry",
        row.usingOrganizations - row.organizationsWithoutMinistry,
        row.organizationsWithoutMinistry,
        row.usingOrganizations,
      ),
    ],
    definitions: [
      "A suite is expanded into its parts (Software PART_OF it): a user of any part counts once for the suite.",
      "Ministry shares are shares of the users that roll up to a ministry; users without a known ministry are counted apart.",
    ],
    tables: [
      {
        name: "ministries",
        title: "Ministries",
        columns: ["ministry", "name", "organizations", "share"],
        rows: row.ministries.map(m => [m.ministry.key, m.ministry.name, m.organizations, share(m.share)]),
      },
      {
        name: "evidence",
        title: "Evidence",
        columns: ["user_kind", "user", "user_name", "relationship", "via_startup", "sources"],
        rows: r.evidence.map(e => [
          e.user.label,
          e.user.key,
          e.user.name,
          e.relationship,
          e.via?.key ?? null,
          e.sources.join("; "),
        ]),
      },
    ],
    method: r.method,
    data: r,
  };
}

type ReportBuilder = (deps: AnalyticsDeps, subject: string, ref: SubjectRef) => Promise<Report>;

const SUBJECT_BUILDERS: Record<Exclude<ReportKind, "coverage">, ReportBuilder> = {
  sovereignty: sovereigntyReport,
  "critical-mass": criticalMassReport,
  exposure: exposureReport,
  reuse: reuseReport,
  ministry: ministryReport,
};

/** Builds one report from the analytics services (reads only). */
export function buildReport(
  deps: AnalyticsDeps,
  kind: ReportKind,
  subject: string,
): Promise<Report> {
  if (kind === "coverage") {
    return coverageReport(deps);
  }
  return SUBJECT_BUILDERS[kind](deps, subject, parseSubject(subject));
}
