/**
 * Exposure ("who is exposed if X fails", metrics-anchors.md §7.3): reverse reachability over
 * DEPENDS_ON (Cypher, depth ≤ 6), then the start-ups, organisations and ministries that consume the
 * impacted nodes, with counts per ministry.
 */
import { buildMethod, beyondFirstNote } from "../../analytics";
import { compareRefs, refId, toRef, type EntityRefData } from "./entity-ref";
import { citeCoverage } from "./coverage.service";
import { checkDepth, checkInt } from "./limits";
import { ROLLUP } from "./ministry-rollup";
import {
  describeReached,
  MAIN_MANIFESTS_NOTE,
  reachedCount,
  reachedIds,
  levelsFrom,
  traversalParams,
  type TraversalOptions,
} from "./reachability.service";
import { num, rowList, str, strList } from "./rows";
import type {
  ExposedEntity,
  ExposureEvidence,
  ExposureResult,
  MinistryExposure,
} from "./types/exposure.type";
import {
  resolveSubject,
  type AnalyticsDeps,
  type AnalyticsLabel,
  type SubjectRef,
} from "./subject";

/** Labels whose exposure can be asked for. */
export const EXPOSURE_ROOTS: readonly AnalyticsLabel[] = ["Software", "Repository", "Package"];

/** The parts of the exposure result (declared once, with the API's types). */
export type { ExposedEntity, ExposureEvidence, ExposureResult, MinistryExposure };

interface Pending {
  entity: EntityRefData;
  depth: number;
  evidence: ExposureEvidence[];
}

async function rollup(deps: AnalyticsDeps, ids: string[]) {
  const rows = ids.length ? await deps.db.read(ROLLUP, { ids }) : [];
  return new Map(
    rows.map(row => [
      str(row, "id"),
      {
        sponsors: rowList(row, "sponsors").map(s => ({ ref: toRef(s), id: str(s, "id") })),
        ministries: rowList(row, "ministries").map(toRef).sort(compareRefs),
      },
    ]),
  );
}

const byDepthThenRef = (a: ExposedEntity, b: ExposedEntity) =>
  a.depth - b.depth || compareRefs(a.entity, b.entity);

/** Who is exposed if the subject fails: dependents, start-ups, organisations, ministries. */
export async function exposureOf(
  deps: AnalyticsDeps,
  ref: SubjectRef,
  options: TraversalOptions & { first?: number } = {},
): Promise<ExposureResult> {
  const maxDepth = checkDepth(options.maxDepth ?? 6);
  const first = checkInt(options.first ?? 500, "first", 1, 5000);
  const subject = await resolveSubject(deps, ref, EXPOSURE_ROOTS);
  const params = traversalParams(subject, { ...options, maxDepth });
  const [traversal = {}] = await deps.db.read(deps.cypher.get("analytics/exposure"), params);
  const reached = levelsFrom(subject, "DEPENDENTS", params, rowList(traversal, "levels"));
  const pending = new Map<string, Pending>();
  for (const row of rowList(traversal, "consumers")) {
    pending.set(str(row, "elementId"), {
      entity: toRef(row.consumer as Record<string, unknown>),
      depth: num(row, "depth"),
      evidence: rowList(row, "evidence").map(e => ({
        relationship: str(e, "via"),
        target: toRef(e.target as Record<string, unknown>),
        sources: strList(e, "sources"),
      })),
    });
  }
  // the example paths of the returned page and the consumers' roll-up are independent reads
  const [dependents, first_] = await Promise.all([
    describeReached(deps, reached, reachedIds(reached).slice(0, first)),
    rollup(deps, [...pending.keys()]),
  ]);
  for (const [id, p] of [...pending]) {
    for (const s of first_.get(id)?.sponsors ?? []) {
      const org = pending.get(s.id) ?? { entity: s.ref, depth: p.depth, evidence: [] };
      org.depth = Math.min(org.depth, p.depth);
      org.evidence.push({ relationship: "SPONSORED_BY", target: p.entity, sources: ["betagouv"] });
      pending.set(s.id, org);
    }
  }
  const missing = [...pending.keys()].filter(id => !first_.has(id));
  const second = await rollup(deps, missing);
  const exposed = [...pending].map(([id, p]) => ({
    ...p,
    ministries: (first_.get(id) ?? second.get(id))?.ministries ?? [],
  }));
  const startups = exposed.filter(e => e.entity.label === "Startup").sort(byDepthThenRef);
  const organizations = exposed
    .filter(e => e.entity.label === "Organization" || e.entity.label === "Partner")
    .sort(byDepthThenRef);
  const ministries = new Map<string, MinistryExposure>();
  for (const e of exposed) {
    for (const m of e.ministries) {
      const cur = ministries.get(refId(m)) ?? {
        ministry: m,
        organizations: 0,
        startups: 0,
        direct: false,
        minDepth: e.depth,
      };
      cur.minDepth = Math.min(cur.minDepth, e.depth);
      if (e.entity.label === "Startup") {
        cur.startups += 1;
      } else if (e.entity.label === "Ministry") {
        cur.direct = true;
      } else {
        cur.organizations += 1;
      }
      ministries.set(refId(m), cur);
    }
  }
  const ministryList = [...ministries.values()].sort(
    (a, b) =>
      b.organizations + b.startups - (a.organizations + a.startups) ||
      compareRefs(a.ministry, b.ministry),
  );
  const unrolled = exposed.filter(e => e.ministries.length === 0 && e.entity.label !== "Partner");
  const result: ExposureResult = {
    subject,
    directDependents: reached.levels[0]?.length ?? 0,
    transitiveDependents: reachedCount(reached),
    dependents,
    startups,
    organizations,
    ministries: ministryList,
    method: buildMethod({
      name: "Exposure: reverse reachability rolled up to consumers (ours)",
      formula:
        "impacted = {X} ∪ {d : d -[:DEPENDS_ON]->{1,maxDepth} X}; exposed = consumers of impacted " +
        "(PRODUCES, HAS_REPOSITORY, USES, DEPLOYS, FUNDS, CO_DEVELOPS, INTEGRATES, OWNED_BY) + sponsors " +
        "of exposed start-ups; ministry = the ministries the entity belongs to (docs/data-model.md; a start-up through its sponsors)",
      parameters: { maxDepth, kinds: options.kinds?.join(",") ?? "ALL", first },
      references: [
        "https://blog.deps.dev/enumerating-dependents/",
        "https://neo4j.com/docs/cypher-manual/current/patterns/shortest-paths/",
      ],
      coverageNotes: [
        `${unrolled.length} exposed entity(ies) attached to no ministry`,
        "usage facts are partial: publiccode.yml usedBy, SILL services, curated La Suite statements",
        MAIN_MANIFESTS_NOTE,
        beyondFirstNote(reachedCount(reached), first, "dependent(s)"),
      ],
    }),
  };
  await citeCoverage(deps, result.method, [
    "packagesResolvedToRepository",
    "dependencyChains",
    "repositoriesWithMinistry",
    "startupsWithMinistry",
  ]);
  return result;
}
