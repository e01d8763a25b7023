/** The archived reports (`npm run report -- <kind> <subject>`): same services as the GraphQL API. */
import type { Method } from "../analytics";
import { criticalMassOf } from "../services/analytics/critical-mass.service";
import { exposureOf } from "../services/analytics/exposure.service";
import { sovereigntyOf } from "../services/analytics/sovereignty.service";
import type { AnalyticsDeps, SubjectRef } from "../services/analytics/subject";
import { buildCoverageReport } from "./coverage-report";

export const REPORT_KINDS = ["sovereignty", "critical-mass", "exposure", "coverage"] as const;
/** Kinds about the whole graph: no subject. */
export const GRAPH_REPORT_KINDS: readonly ReportKind[] = ["coverage"];
export type ReportKind = (typeof REPORT_KINDS)[number];

/** A report: title, a few Markdown sections, the method and the full data for the JSON file. */
export interface Report {
  kind: ReportKind;
  subject: string;
  title: string;
  sections: { heading: string; lines: string[] }[];
  method: Method;
  data: unknown;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

/** Parses `Label:key` (the key may contain colons, e.g. `Software:lasuite:docs`). */
export function parseSubject(text: string): SubjectRef {
  const colon = text.indexOf(":");
  if (colon <= 0 || colon === text.length - 1) {
    throw new Error(`subject must be Label:key (e.g. Software:lasuite:docs), got '${text}'`);
  }
  return { label: text.slice(0, colon), key: text.slice(colon + 1) };
}

/** Builds one report from the analytics services. */
export async function buildReport(deps: AnalyticsDeps, kind: ReportKind, subject: string): Promise<Report> {
  if (kind === "coverage") {
    return buildCoverageReport(deps);
  }
  const ref = parseSubject(subject);
  if (kind === "sovereignty") {
    const r = await sovereigntyOf(deps, ref);
    const findings = r.findings.map(f => `- **${f.kind}** depth ${f.depth}: ${f.reason} (path: ${f.examplePath.join(" → ")})`);
    return {
      kind, subject, title: `Sovereignty exposure of ${r.subject.name} (${subject})`, method: r.method, data: { ...r, refs: undefined },
      sections: [
        { heading: "Summary", lines: [`- components in the closure: ${r.summary.components}`, `- components with findings: ${r.summary.componentsWithFindings}`, ...Object.entries(r.summary.byKind).map(([k, n]) => `- ${k}: ${n}`)] },
        { heading: "Findings", lines: findings.length ? findings : ["No finding."] },
      ],
    };
  }
  if (kind === "critical-mass") {
    const r = await criticalMassOf(deps, ref);
    return {
      kind, subject, title: `Critical mass of ${r.subject.name} (${subject})`, method: r.method,
      data: { ...r, organizationRefs: Object.fromEntries(r.organizationRefs) },
      sections: [
        { heading: "Indicators", lines: [
          `- contributors (all time): ${r.contributorsAllTime}; active: ${r.activeContributors}; new: ${r.newContributors}; inactive: ${r.inactiveContributors}`,
          `- contributor absence factor: ${r.contributorAbsenceFactor}; elephant factor: ${r.elephantFactor}`,
          `- organisation HHI: ${r.organizationHHI?.toFixed(3) ?? "n/a"}; effective organisations: ${r.effectiveOrganizations.toFixed(2)}`,
          `- unknown affiliation share: ${pct(r.unknownAffiliationShare)}`] },
        { heading: "Sector shares", lines: r.sectorShares.map(s => `- ${s.sector}: ${s.contributors} contributor(s), ${pct(s.commitShare)} of contributions`) },
        { heading: `Verdict: ${r.verdict.reached ? "critical mass reached" : "critical mass not reached"}`, lines: r.verdict.reasons.map(x => `- ${x}`) },
      ],
    };
  }
  const r = await exposureOf(deps, ref);
  return {
    kind, subject, title: `Exposure if ${r.subject.name} fails (${subject})`, method: r.method, data: r,
    sections: [
      { heading: "Summary", lines: [`- direct dependents: ${r.directDependents}; transitive dependents: ${r.transitiveDependents}`, `- exposed start-ups: ${r.startups.length}; organisations: ${r.organizations.length}; ministries: ${r.ministries.length}`] },
      { heading: "Per ministry", lines: r.ministries.map(m => `- ${m.ministry.name}: ${m.organizations} organisation(s), ${m.startups} start-up(s)${m.direct ? ", direct use" : ""}`) },
      { heading: "Start-ups", lines: r.startups.map(s => `- ${s.entity.name} (depth ${s.depth}, via ${s.evidence.map(e => `${e.relationship} ${e.target.key}`).join("; ")})`) },
    ],
  };
}
