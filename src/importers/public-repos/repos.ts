import { type BuildContext, rejectRecord } from "../core/context";
import { SourceError } from "../core/errors";
import { isoDay, parseIntOrUndefined, splitList } from "../core/normalise";
import { readCsv, sourceFile } from "../core/readers";
import { prov } from "../core/sources";
import { type RepoDeps, ensureRepository } from "../resolve/repositories";
import { type NodeRef, type Provenance } from "../snapshot-format";

export const DIR = "public-repos";

/** A repository described by public-repos/repos.csv (or named by another file of the folder). */
export interface PublicRepo {
  /** owner/name as GitHub spells it */
  fullName: string;
  snapshotDate?: string;
  repository: NodeRef;
}

/** `owner/name` → the Repository node `github.com/<owner>/<name>` (lower case), created if needed. */
export function ensureGithubRepository(
  ctx: BuildContext,
  deps: RepoDeps,
  fullName: string,
  props: Parameters<typeof ensureRepository>[3],
  p: Provenance,
): NodeRef {
  const [owner = "", name = ""] = fullName.toLowerCase().split("/");
  return ensureRepository(
    ctx,
    deps,
    {
      kind: "repository",
      key: `github.com/${owner}/${name}`,
      host: "github.com",
      owner,
      path: [owner, name],
    },
    { name: fullName.split("/")[1], platform: "GitHub", ...props },
    p,
  );
}

/**
 * repos.csv → Repository (git facts at the snapshot commit, licence), HAS_REPOSITORY from the
 * start-ups that reference it. Keyed by lower-case `owner/name`.
 */
export function importPublicRepos(ctx: BuildContext, deps: RepoDeps): Map<string, PublicRepo> {
  const file = sourceFile(ctx.dataDir, `${DIR}/repos.csv`);
  const out = new Map<string, PublicRepo>();
  for (const { row, values: v } of readCsv(file)) {
    const fullName = v.repo ?? "";
    if (!/^[^/\s]+\/[^/\s]+$/.test(fullName)) {
      rejectRecord(ctx, new SourceError(file.name, `row=${row}`, `invalid repo "${fullName}"`));
      continue;
    }
    const snapshotDate = isoDay(v.snapshot_date);
    const p = prov("public-repos", `repos.csv#repo=${fullName}`, snapshotDate);
    const refs = splitList(v.referenced_by, "|");
    const licence = (v.license_spdx ?? "").trim();
    const repository = ensureGithubRepository(
      ctx,
      deps,
      fullName,
      {
        snapshotCommit: v.snapshot_commit,
        snapshotDate,
        firstCommit: isoDay(v.first_commit_date),
        commitsNoMerges: parseIntOrUndefined(v.commits_no_merges),
        distinctAuthorEmails: parseIntOrUndefined(v.distinct_author_emails),
        humanAuthorEmails: parseIntOrUndefined(v.human_author_emails),
        humanAuthorsActive12m: parseIntOrUndefined(v.human_authors_active_12m_before_snapshot),
        license: licence === "unknown" ? undefined : licence,
        licenseSpdx: licence === "unknown" ? undefined : licence,
        ecosystems: splitList(v.ecosystems, "|").sort(),
        referencedBy: [...new Set(refs.map(r => r.split(":")[0] ?? r))].sort(),
        hasGitFacts: true,
      },
      p,
    );
    for (const ref of refs.filter(r => r.startsWith("startup:"))) {
      linkStartup(ctx, ref.slice("startup:".length), repository, p);
    }
    out.set(fullName.toLowerCase(), { fullName, snapshotDate, repository });
  }
  return out;
}

function linkStartup(ctx: BuildContext, id: string, repository: NodeRef, p: Provenance): void {
  const startup = { label: "Startup", key: id };
  if (!ctx.graph.hasNode(startup)) {
    ctx.report.unresolved(
      "publicRepoStartupUnknown",
      "public-repos referenced_by start-up ids with no start-up file",
      id,
    );
    return;
  }
  ctx.graph.addRel("HAS_REPOSITORY", startup, repository, {}, p);
}
