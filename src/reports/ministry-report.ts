/**
 * The `ministry` report: one ministry's bodies, start-ups by phase, tools used, repositories and
 * exposure to single points of failure. Membership follows the project's one "belongs to ministry M"
 * rule; its Cypher is in cypher/reports/ministry-*.cypher.
 */
import { buildMethod, transitiveDependents } from "../analytics";
import type { Row } from "../db";
import { refId } from "../services/analytics/entity-ref";
import { loadProjection } from "../services/analytics/projection";
import { str, strList, strOrNull } from "../services/analytics/rows";
import { singlePointsOfFailure } from "../services/analytics/spof.service";
import { type AnalyticsDeps, resolveSubject, type SubjectRef } from "../services/analytics/subject";
import { foundBesideUnknown, shareOf } from "./figures";
import type { Report } from "./report";

/** Counts of `values`, most frequent first, then by value; null counted as "unknown". */
function countBy(values: Array<string | null>): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const v of values) {
    counts.set(v ?? "unknown", (counts.get(v ?? "unknown") ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** The single points of failure whose failure reaches one of `members` (`Label:key` ids). */
async function spofExposure(deps: AnalyticsDeps, members: Set<string>) {
  const [spofs, projection] = await Promise.all([
    singlePointsOfFailure(deps, { limit: 1000 }),
    loadProjection(deps),
  ]);
  const graph = { nodes: projection.nodes, edges: projection.edges };
  const exposed = spofs.items.flatMap(item => {
    const reached = transitiveDependents(graph, refId(item.node), { maxDepth: Infinity }).nodes
      .map(r => r.node)
      .filter(id => members.has(id));
    return reached.length ? [{ item, reached: reached.sort() }] : [];
  });
  const inProjection = [...members].filter(id => projection.refs.has(id)).length;
  return { exposed, examined: spofs.items.length, inProjection, spofMethod: spofs.method };
}

/** Builds the report of the Ministry `ref` (e.g. `Ministry:armees`). */
export async function ministryReport(
  deps: AnalyticsDeps,
  subject: string,
  ref: SubjectRef,
): Promise<Report> {
  const ministry = await resolveSubject(deps, ref, ["Ministry"]);
  const params = { key: ministry.key };
  const [bodies, startups, tools, repositories] = await Promise.all(
    ["bodies", "startups", "tools", "repositories"].map(name =>
      deps.db.read(deps.cypher.get(`reports/ministry-${name}`), params),
    ),
  ) as [Row[], Row[], Row[], Row[]];

  const members = new Set([
    refId(ministry),
    ...bodies.map(b => refId({ label: str(b, "label"), key: str(b, "key") })),
    ...startups.map(s => refId({ label: "Startup", key: str(s, "key") })),
  ]);
  const spof = await spofExposure(deps, members);

  const organizations = bodies.filter(b => b.label === "Organization").length;
  const directorates = bodies.length - organizations;
  const phases = countBy(startups.map(s => strOrNull(s, "phase")));
  const phaseUnknown = startups.filter(s => strOrNull(s, "phase") === null).length;
  const software = new Map(tools.map(t => [str(t, "key"), strOrNull(t, "licence")]));
  const softwareLicenceUnknown = [...software.values()].filter(l => l === null).length;
  const repoLicenceUnknown = repositories.filter(r => strOrNull(r, "licence") === null).length;
  const repoActivityUnknown = repositories.filter(r => strOrNull(r, "lastUpdate") === null).length;
  const repoArchived = repositories.filter(r => r.archived === true).length;
  const repoArchivedUnknown = repositories.filter(r => typeof r.archived !== "boolean").length;
  const membersWithoutTools = members.size - spof.inProjection;

  return {
    kind: "ministry",
    subject,
    title: `Ministry ${ministry.name} (${subject})`,
    headline: [
      `- bodies: ${organizations} organisation(s), ${directorates} digital directorate(s)`,
      `- start-ups sponsored by its bodies: ${startups.length}; ${phases
        .filter(([p]) => p !== "unknown")
        .map(([p, n]) => `${p} ${n}`)
        .join(", ") || "no phase known"}`,
      foundBesideUnknown("start-up phase", startups.length - phaseUnknown, phaseUnknown, startups.length),
      `- tools used: ${software.size} software`,
      foundBesideUnknown(
        "tool licence",
        software.size - softwareLicenceUnknown,
        softwareLicenceUnknown,
        software.size,
      ),
      `- repositories owned: ${repositories.length}`,
      foundBesideUnknown(
        "repository licence",
        repositories.length - repoLicenceUnknown,
        repoLicenceUnknown,
        repositories.length,
      ),
      foundBesideUnknown(
        "repository last update",
        repositories.length - repoActivityUnknown,
        repoActivityUnknown,
        repositories.length,
      ),
      foundBesideUnknown("archived repositories", repoArchived, repoArchivedUnknown, repositories.length),
      `- single points of failure reaching the ministry: ${spof.exposed.length} of ${spof.examined} examined`,
      foundBesideUnknown(
        "ministry, bodies and start-ups with a stated tool",
        spof.inProjection,
        membersWithoutTools,
        members.size,
      ),
    ],
    definitions: [
      "Belonging to the ministry: an organisation PART_OF or SAME_AS it, a digital directorate PART_OF it, a start-up SPONSORED_BY one of its organisations, a repository OWNED_BY it or one of its organisations.",
      "A tool is a software the ministry or one of its organisations USES, DEPLOYS or FUNDS, or one of its start-ups PRODUCES.",
      "A single point of failure reaches the ministry when the ministry, one of its bodies or start-ups depends on it at any depth in the stated dependency projection; members with no stated tool cannot be reached and are counted as unknown, not as safe.",
      "Counts of unknowns are of missing data (no phase, licence or date in the sources), not of absent facts.",
    ],
    tables: [
      {
        name: "bodies",
        title: "Bodies",
        columns: ["kind", "key", "name", "acronym", "relationships"],
        rows: bodies.map(b => [
          str(b, "label"),
          str(b, "key"),
          str(b, "name"),
          strOrNull(b, "acronym"),
          strList(b, "relationships").join("; "),
        ]),
      },
      {
        name: "startups-by-phase",
        title: "Start-ups by phase",
        columns: ["phase", "startups", "share"],
        rows: phases.map(([p, n]) => [p, n, shareOf(n, startups.length)]),
      },
      {
        name: "startups",
        title: "Start-ups",
        columns: ["key", "name", "phase", "phase_start", "sponsors"],
        rows: startups.map(s => [
          str(s, "key"),
          str(s, "name"),
          strOrNull(s, "phase"),
          strOrNull(s, "phaseStart"),
          strList(s, "sponsors").join("; "),
        ]),
      },
      {
        name: "tools",
        title: "Tools used",
        columns: ["software", "name", "licence", "relationship", "by"],
        rows: tools.map(t => [
          str(t, "key"),
          str(t, "name"),
          strOrNull(t, "licence"),
          str(t, "relationship"),
          strList(t, "by").join("; "),
        ]),
      },
      {
        name: "repositories",
        title: "Repositories",
        columns: ["repository", "licence", "language", "archived", "last_update", "owners"],
        rows: repositories.map(r => [
          str(r, "key"),
          strOrNull(r, "licence"),
          strOrNull(r, "language"),
          typeof r.archived === "boolean" ? String(r.archived) : null,
          strOrNull(r, "lastUpdate"),
          strList(r, "owners").join("; "),
        ]),
      },
      {
        name: "single-points-of-failure",
        title: "Single points of failure reaching the ministry",
        columns: ["spof_kind", "node_kind", "node", "name", "detail", "reached", "reached_members"],
        rows: spof.exposed.map(({ item, reached }) => [
          item.kind,
          item.node.label,
          item.node.key,
          item.node.name,
          item.detail,
          reached.length,
          reached.join("; "),
        ]),
      },
    ],
    method: buildMethod({
      name: "Ministry profile (ours)",
      formula:
        "members = {M} ∪ bodies (PART_OF / SAME_AS M) ∪ start-ups (SPONSORED_BY a body); tools = " +
        "USES / DEPLOYS / FUNDS of M or a body ∪ PRODUCES of a start-up; repositories = OWNED_BY M or " +
        "a body; SPOF exposure = SPOFs whose transitive dependents include a member",
      parameters: { ministry: ministry.key, spofsExamined: spof.examined },
      references: spof.spofMethod.references,
      coverageNotes: [
        `${phaseUnknown} of ${startups.length} start-up(s) without a current phase`,
        `${softwareLicenceUnknown} of ${software.size} tool(s) without a licence`,
        `${repoLicenceUnknown} of ${repositories.length} repositories without a licence`,
        `${membersWithoutTools} of ${members.size} member(s) with no stated tool: their SPOF exposure is unknown`,
        ...spof.spofMethod.coverageNotes,
      ],
    }),
    data: {
      ministry,
      bodies,
      startups,
      tools,
      repositories,
      singlePointsOfFailure: spof.exposed.map(({ item, reached }) => ({ ...item, reached })),
    },
  };
}
