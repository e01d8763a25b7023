/**
 * Reuse matrix (software × ministries or organisations, each cell with its evidence) and reuse
 * breadth per software (metrics-anchors.md §4, §7.4): using organisations and ministries, ministry
 * concentration as HHI and effective number (ours, SILL model).
 */
import {
  buildMethod,
  reuseBreadth,
  type Method,
  type ReuseBreadth,
  type ToolUser,
  beyondFirstNote,
} from "../../analytics";
import { compareRefs, refId, toRef, type EntityRefData } from "./entity-ref";
import { citeCoverage } from "./coverage.service";
import { checkInt } from "./limits";
import { REUSE_EVIDENCE } from "./ministry-rollup";
import { rowList, str, strList } from "./rows";
import { resolveSubject, type AnalyticsDeps, type SubjectRef } from "./subject";

export const REUSE_LEVELS = ["MINISTRY", "ORGANIZATION"] as const;
export type ReuseLevel = (typeof REUSE_LEVELS)[number];

/** One piece of reuse evidence. */
export interface ReuseEvidence {
  relationship: string;
  user: EntityRefData;
  /** The start-up through which the use is stated (PRODUCES ← SPONSORED_BY), if any. */
  via: EntityRefData | null;
  sources: string[];
}

/** One non-empty cell. */
export interface ReuseCell {
  software: EntityRefData;
  column: EntityRefData;
  organizations: number;
  evidence: ReuseEvidence[];
}

/** Reuse breadth of one software (row total). */
export interface SoftwareReuse extends Omit<ReuseBreadth, "method" | "ministries" | "evidence"> {
  software: EntityRefData;
  ministries: { ministry: EntityRefData; organizations: number; share: number }[];
}

/** Output of {@link reuseMatrix}. */
export interface ReuseMatrixResult {
  level: ReuseLevel;
  rows: SoftwareReuse[];
  columns: { column: EntityRefData; software: number }[];
  cells: ReuseCell[];
  method: Method;
}

interface Evidence extends ReuseEvidence {
  software: EntityRefData;
  ministries: EntityRefData[];
}

async function readEvidence(deps: AnalyticsDeps, keys: string[] | null): Promise<Evidence[]> {
  const rows = await deps.db.read(REUSE_EVIDENCE, { keys });
  return rows.map(row => ({
    software: toRef(row.software as Record<string, unknown>),
    user: toRef(row.user as Record<string, unknown>),
    relationship: str(row, "relationship"),
    via: row.via ? toRef(row.via as Record<string, unknown>) : null,
    sources: strList(row, "sources"),
    ministries: rowList(row, "ministries").map(toRef),
  }));
}

/** Keys of the parts of these suites (Software -PART_OF-> Software), sorted. */
async function partsOf(deps: AnalyticsDeps, keys: string[]): Promise<string[]> {
  const rows = await deps.db.read(deps.cypher.get("analytics/software-parts"), { keys });
  return rows.map(r => str(r, "key"));
}

export interface ReuseMatrixOptions {
  software?: SubjectRef[] | null;
  level?: ReuseLevel;
  first?: number;
  /** Add the parts of the named suites as rows of their own (default true). */
  expandParts?: boolean;
  /** Count every piece of evidence for this software (a suite pooled with its parts). */
  pooledAs?: EntityRefData;
}

/** The matrix (sparse: only non-empty cells) and per-software breadth. */
export async function reuseMatrix(
  deps: AnalyticsDeps,
  options: ReuseMatrixOptions = {},
): Promise<ReuseMatrixResult> {
  const level = options.level ?? "MINISTRY";
  const first = checkInt(options.first ?? 100, "first", 1, 1000);
  let keys: string[] | null = null;
  if (options.software && options.software.length > 0) {
    keys = [];
    for (const ref of options.software) {
      keys.push((await resolveSubject(deps, ref, ["Software"], "software")).key);
    }
    if (options.expandParts !== false) {
      keys = [...new Set([...keys, ...(await partsOf(deps, keys))])];
    }
  }
  const pooledAs = options.pooledAs;
  const evidence = (await readEvidence(deps, keys)).map(e =>
    pooledAs ? { ...e, software: pooledAs } : e,
  );
  const bySoftware = new Map<string, Evidence[]>();
  evidence.forEach(e =>
    bySoftware.set(refId(e.software), [...(bySoftware.get(refId(e.software)) ?? []), e]),
  );
  const computedAt = new Date().toISOString();
  const rows: SoftwareReuse[] = [...bySoftware.values()].map(list => {
    const users = list.flatMap((e): ToolUser[] => {
      const evidenceText = `${e.relationship} (${e.sources.join(", ")})`;
      const organizationKey = refId(e.user);
      return e.ministries.length === 0
        ? [{ organizationKey, ministryKey: null, evidence: evidenceText }]
        : e.ministries.map(m => ({ organizationKey, ministryKey: m.key, evidence: evidenceText }));
    });
    const b = reuseBreadth(users, computedAt);
    const names = new Map(list.flatMap(e => e.ministries).map(m => [m.key, m]));
    return {
      software: list[0]!.software,
      usingOrganizations: b.usingOrganizations,
      usingMinistries: b.usingMinistries,
      organizationsWithoutMinistry: b.organizationsWithoutMinistry,
      ministryHHI: b.ministryHHI,
      effectiveMinistries: b.effectiveMinistries,
      ministries: b.ministries.map(m => ({
        ministry: names.get(m.ministryKey) ?? {
          label: "Ministry",
          key: m.ministryKey,
          name: m.ministryKey,
        },
        organizations: m.organizations,
        share: m.share,
      })),
    };
  });
  rows.sort(
    (a, b) => b.usingOrganizations - a.usingOrganizations || compareRefs(a.software, b.software),
  );
  const kept = rows.slice(0, first);
  const keptIds = new Set(kept.map(r => refId(r.software)));
  const cells = new Map<string, ReuseCell & { users: Set<string> }>();
  for (const e of evidence.filter(x => keptIds.has(refId(x.software)))) {
    const columns = level === "ORGANIZATION" ? [e.user] : e.ministries;
    for (const column of columns) {
      const id = `${refId(e.software)}|${refId(column)}`;
      const cell = cells.get(id) ?? {
        software: e.software,
        column,
        organizations: 0,
        evidence: [],
        users: new Set<string>(),
      };
      cell.users.add(refId(e.user));
      cell.organizations = cell.users.size;
      cell.evidence.push({
        relationship: e.relationship,
        user: e.user,
        via: e.via,
        sources: e.sources,
      });
      cells.set(id, cell);
    }
  }
  const cellList = [...cells.values()].map(({ users: _users, ...c }) => c);
  const columnCounts = new Map<string, { column: EntityRefData; software: number }>();
  for (const c of cellList) {
    const cur = columnCounts.get(refId(c.column)) ?? { column: c.column, software: 0 };
    cur.software += 1;
    columnCounts.set(refId(c.column), cur);
  }
  const columns = [...columnCounts.values()].sort(
    (a, b) => b.software - a.software || compareRefs(a.column, b.column),
  );
  const result: ReuseMatrixResult = {
    level,
    rows: kept,
    columns,
    cells: cellList,
    method: buildMethod({
      name: "Reuse matrix and breadth (ours, SILL model)",
      formula:
        "cell(s, c) = distinct users of s rolled up to column c; HHI = Σ_m (orgs_m / Σ orgs)², " +
        "effective ministries = 1/HHI",
      parameters: {
        level,
        first,
        software: keys?.join(",") ?? "ALL",
        expandParts: options.expandParts !== false,
      },
      references: [
        "https://github.com/codegouvfr/catalogi",
        "https://en.wikipedia.org/wiki/Herfindahl%E2%80%93Hirschman_index",
      ],
      coverageNotes: [
        "evidence: USES (publiccode.yml usedBy, curated), DEPLOYS (SILL services, public statements), FUNDS, CO_DEVELOPS, INTEGRATES, and sponsors of producing start-ups",
        "ministry roll-up: the ministries each user belongs to (docs/data-model.md: PART_OF or SAME_AS); users without ministry appear only at ORGANIZATION level",
        beyondFirstNote(rows.length, first, "software"),
      ],
      computedAt,
    }),
  };
  await citeCoverage(deps, result.method, ["softwareWithKnownUser", "startupsWithMinistry"]);
  return result;
}

/** Reuse breadth of one software (a zero row when no evidence), with all its evidence. */
export async function reuseBreadthOf(
  deps: AnalyticsDeps,
  ref: SubjectRef,
  options: { expandParts?: boolean } = {},
): Promise<{ row: SoftwareReuse; evidence: ReuseEvidence[]; method: Method }> {
  const subject = await resolveSubject(deps, ref, ["Software"], "of");
  const software = { label: subject.label, key: subject.key, name: subject.name };
  const r = await reuseMatrix(deps, {
    software: [software],
    level: "ORGANIZATION",
    expandParts: options.expandParts,
    pooledAs: software,
  });
  const row = r.rows[0] ?? {
    software,
    usingOrganizations: 0,
    usingMinistries: 0,
    organizationsWithoutMinistry: 0,
    ministryHHI: null,
    effectiveMinistries: 0,
    ministries: [],
  };
  return { row, evidence: r.cells.flatMap(c => c.evidence), method: r.method };
}
