/**
 * Sovereignty exposure of a software, start-up or organisation (metrics-anchors.md §3.5, §3.7,
 * §7.8): findings over its transitive dependencies (proprietary / dual commercial licence, no
 * licence, vendor outside the EU, unmaintained, single maintainer), each with the reason, the
 * minimal depth and an example path. The rules are ours (src/analytics/sovereignty.ts).
 */
import {
  sovereigntyFindings,
  topKShare,
  type ClosureNode,
  type Jurisdiction,
  type SovereigntyReport,
} from "../../analytics";
import { refId, toRef, type EntityRefData } from "./entity-ref";
import { citeCoverage } from "./coverage.service";
import { resolveAsOf } from "./data-date";
import { checkDepth, checkDate, checkInt } from "./limits";
import { MAIN_MANIFESTS_NOTE } from "./reachability.service";
import { num, rowList, str, strOrNull } from "./rows";
import {
  resolveSubject,
  type AnalyticsDeps,
  type AnalyticsLabel,
  type SubjectRef,
} from "./subject";

/** Labels whose sovereignty exposure can be asked for. */
export const SOVEREIGNTY_ROOTS: readonly AnalyticsLabel[] = [
  "Software",
  "Repository",
  "Package",
  "Startup",
  "Organization",
  "Ministry",
  "Partner",
];

/** Options (defaults: depth 6, unmaintained after 24 months, EU + EEA, asOf the data's snapshot date). */
export interface SovereigntyParams {
  maxDepth?: number;
  unmaintainedMonths?: number;
  jurisdiction?: Jurisdiction;
  asOf?: string | null;
}

/** A component of the closure with its example path as refs. */
export interface ComponentData {
  elementId: string;
  node: EntityRefData;
  depth: number;
  licence: string | null;
  examplePath: EntityRefData[];
}

/** Output: the library report plus refs for subjects and paths. */
export interface SovereigntyData extends SovereigntyReport {
  subject: EntityRefData;
  roots: EntityRefData[];
  refs: Map<string, EntityRefData>;
}

async function closure(deps: AnalyticsDeps, rootId: string, maxDepth: number) {
  const rootRows = await deps.db.read(deps.cypher.get("analytics/sovereignty-roots"), { rootId });
  const components = new Map<string, ComponentData>();
  for (const row of rootRows) {
    const node = toRef(row.node as Record<string, unknown>);
    const elementId = str(row, "elementId");
    const licence = strOrNull(row, "licence");
    components.set(elementId, { elementId, node, depth: 0, licence, examplePath: [node] });
  }
  const rows = await deps.db.read(deps.cypher.get("analytics/closure"), {
    rootIds: [...components.keys()],
    maxDepth,
  });
  for (const row of rows) {
    const elementId = str(row, "elementId");
    const depth = num(row, "depth");
    const prev = components.get(elementId);
    if (prev === undefined || depth < prev.depth) {
      components.set(elementId, {
        elementId,
        node: toRef(row.node as Record<string, unknown>),
        depth,
        licence: strOrNull(row, "licence"),
        examplePath: rowList(row, "path").map(toRef),
      });
    }
  }
  return { roots: rootRows.map(r => toRef(r.node as Record<string, unknown>)), components };
}

/** Sovereignty findings over the subject's dependency closure. */
export async function sovereigntyOf(
  deps: AnalyticsDeps,
  ref: SubjectRef,
  params: SovereigntyParams = {},
): Promise<SovereigntyData> {
  const maxDepth = checkDepth(params.maxDepth ?? 6);
  const months = checkInt(params.unmaintainedMonths ?? 24, "unmaintainedMonths", 1, 240);
  checkDate(params.asOf, "asOf");
  const subject = await resolveSubject(deps, ref, SOVEREIGNTY_ROOTS);
  const { roots, components } = await closure(deps, subject.elementId, maxDepth);
  const factRows = await deps.db.read(deps.cypher.get("analytics/component-facts"), {
    ids: [...components.keys()],
  });
  const facts = new Map(factRows.map(r => [str(r, "id"), r]));
  const refs = new Map<string, EntityRefData>();
  const nodes: ClosureNode[] = [...components.values()].map(c => {
    c.examplePath.forEach(p => refs.set(refId(p), p));
    const f = facts.get(c.elementId) ?? {};
    const perPerson = new Map<string, number>();
    for (const x of rowList(f, "commits")) {
      perPerson.set(
        str(x, "contributor"),
        (perPerson.get(str(x, "contributor")) ?? 0) + num(x, "commits"),
      );
    }
    const items = [...perPerson].map(([key, value]) => ({ key, value }));
    return {
      key: refId(c.node),
      label: `${c.node.label} ${c.node.key}`,
      // a missing licence property is unknown, not "no licence": only a declared value is classified
      licence: c.licence ?? "NOASSERTION",
      vendorCountry: strOrNull(f, "country"),
      lastActivity: strOrNull(f, "lastActivity")?.slice(0, 10) ?? null,
      absenceFactor: items.length > 0 ? topKShare(items, 0.5).factor : null,
      depth: c.depth,
      examplePath: c.examplePath.map(refId),
    };
  });
  const when = await resolveAsOf(deps, params);
  const report = sovereigntyFindings(nodes, {
    asOf: when.asOf,
    unmaintainedMonths: months,
    jurisdiction: params.jurisdiction,
  });
  report.method.parameters.maxDepth = maxDepth;
  report.method.parameters.asOfBasis = when.basis;
  report.method.coverageNotes.push(
    when.note,
    `${roots.length} root component(s) at depth 0; ${components.size} component(s) in the closure`,
    MAIN_MANIFESTS_NOTE,
    "a component without a licence property counts as UNKNOWN licence (not NO_LICENCE)",
    "vendor jurisdiction is known only where the graph stores a country; SaaS and AI-model scopes are not in the data",
    "last activity: last commit (La Suite contributor data), else repository last update (2021 inventory)",
    "SINGLE_MAINTAINER = CHAOSS Contributor Absence Factor 1 over all-time commits",
  );
  await citeCoverage(deps, report.method, [
    "packagesResolvedToRepository",
    "dependencyChains",
    "repositoriesWithContributorData",
    "repositoriesNotRead",
  ]);
  return { ...report, subject, roots, refs };
}
