/** Sovereignty exposure rules (ours) over a dependency closure. */
import { parseIsoDate } from "./dates";
import { classifyLicence, type LicenceClass } from "./licence";
import { buildMethod } from "./method";
import { jurisdictionOf, unmaintained } from "./sovereignty-rules";
import {
  FINDING_KINDS,
  type ClosureNode,
  type FindingKind,
  type SovereigntyFinding,
  type SovereigntyOptions,
  type SovereigntyReport,
} from "./sovereignty.types";

const LICENCE_KIND: Partial<Record<LicenceClass, FindingKind>> = {
  PROPRIETARY: "PROPRIETARY_LICENCE",
  DUAL_COMMERCIAL: "DUAL_COMMERCIAL_LICENCE",
  NONE: "NO_LICENCE",
};

/**
 * Turns a dependency closure into findings (ours): PROPRIETARY_LICENCE, DUAL_COMMERCIAL_LICENCE,
 * NO_LICENCE (licence classifier), NON_EU_VENDOR (vendor country outside the jurisdiction, or
 * `isEU = false`), UNMAINTAINED ({@link unmaintained}), SINGLE_MAINTAINER (absence factor = 1).
 * Unknown facts never produce a finding; they are counted in the summary. Findings are sorted by
 * depth, subject key, then kind.
 *
 * References: https://github.com/codegouvfr/floss-criteria ,
 * https://github.com/ossf/scorecard/blob/main/docs/checks.md#maintained ,
 * https://github.com/ossf/scorecard/blob/main/docs/checks.md#license
 */
export function sovereigntyFindings(
  nodes: readonly ClosureNode[],
  options: SovereigntyOptions = {},
): SovereigntyReport {
  const months = options.unmaintainedMonths ?? 24;
  const jurisdiction = options.jurisdiction ?? "EU_EEA";
  const asOf = parseIsoDate(options.asOf ?? new Date().toISOString(), "asOf");
  const findings: SovereigntyFinding[] = [];
  const licenceClasses = { OPEN: 0, PROPRIETARY: 0, DUAL_COMMERCIAL: 0, UNKNOWN: 0, NONE: 0 };
  let unknownJurisdiction = 0;
  let unknownActivity = 0;
  let unknownMaintainers = 0;
  for (const n of nodes) {
    const push = (kind: FindingKind, reason: string): void => {
      findings.push({
        kind,
        subjectKey: n.key,
        reason,
        depth: n.depth,
        examplePath: [...n.examplePath],
      });
    };
    const licence = classifyLicence(n.licence);
    licenceClasses[licence] += 1;
    const licenceKind = LICENCE_KIND[licence];
    if (licenceKind) {
      const shown = n.licence && n.licence.trim() !== "" ? `"${n.licence}"` : "none declared";
      push(licenceKind, `${n.label}: licence ${shown} classified ${licence}`);
    }
    const inJurisdiction = jurisdictionOf(n.vendorCountry, n.isEU, jurisdiction);
    if (inJurisdiction === null) {
      unknownJurisdiction += 1;
    } else if (!inJurisdiction) {
      const where = n.vendorCountry ? `country ${n.vendorCountry}` : "flagged non-EU";
      push("NON_EU_VENDOR", `${n.label}: vendor outside ${jurisdiction} (${where})`);
    }
    const stale = unmaintained(n.lastActivity, asOf, months);
    if (stale === null) {
      unknownActivity += 1;
    } else if (stale) {
      push("UNMAINTAINED", `${n.label}: no activity since ${n.lastActivity} (> ${months} months)`);
    }
    if (n.absenceFactor === null || n.absenceFactor === undefined) {
      unknownMaintainers += 1;
    } else if (n.absenceFactor === 1) {
      push("SINGLE_MAINTAINER", `${n.label}: one contributor makes more than half of the commits`);
    }
  }
  const order = (k: FindingKind) => FINDING_KINDS.indexOf(k);
  findings.sort(
    (a, b) =>
      a.depth - b.depth ||
      (a.subjectKey < b.subjectKey ? -1 : a.subjectKey > b.subjectKey ? 1 : 0) ||
      order(a.kind) - order(b.kind),
  );
  const byKind = Object.fromEntries(
    FINDING_KINDS.map(k => [k, findings.filter(f => f.kind === k).length]),
  ) as Record<FindingKind, number>;
  const method = buildMethod({
    name: "Sovereignty exposure rules (ours)",
    formula:
      "one finding per (component, rule) over the dependency closure; unknown facts → no finding",
    parameters: { asOf: asOf.toISOString(), unmaintainedMonths: months, jurisdiction },
    references: [
      "https://github.com/codegouvfr/floss-criteria",
      "https://github.com/ossf/scorecard/blob/main/docs/checks.md#maintained",
      "https://github.com/ossf/scorecard/blob/main/docs/checks.md#license",
      "https://spdx.org/licenses/",
    ],
    coverageNotes: [
      `${licenceClasses.UNKNOWN} component(s) with an unclassified licence`,
      `${unknownJurisdiction} component(s) without vendor jurisdiction`,
      `${unknownActivity} component(s) without activity date`,
      `${unknownMaintainers} component(s) without contributor statistics`,
    ],
    computedAt: options.computedAt,
  });
  const subjects = new Set(findings.map(f => f.subjectKey));
  return {
    findings,
    summary: {
      components: nodes.length,
      componentsWithFindings: subjects.size,
      byKind,
      licenceClasses,
      unknownJurisdiction,
      unknownActivity,
      unknownMaintainers,
    },
    method,
  };
}
