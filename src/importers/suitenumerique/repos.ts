import { type BuildContext } from "../core/context";
import { isoDay, parseIntOrUndefined } from "../core/normalise";
import { readCsv, sourceFile } from "../core/readers";
import { prov } from "../core/sources";
import { type RepoDeps, ensureRepository } from "../resolve/repositories";
import { type NodeRef } from "../snapshot-format";

const SRC = "suitenumerique";

export interface SuiteRepo {
  /** `suitenumerique/docs` */
  fullName: string;
  /** `docs` */
  short: string;
  snapshotDate: string;
  repository: NodeRef;
  software: NodeRef;
}

/** Software key of a repository of repos-summary.csv. */
export function suiteSoftwareKey(fullName: string): string {
  if (fullName === "france-connect/sources") {
    return "franceconnect";
  }
  return `lasuite:${fullName.split("/")[1] ?? fullName}`;
}

const LIBRARIES = new Set(["ui-kit", "django-lasuite", "integration"]);

/** repos-summary.csv → Repository (commit statistics) IMPLEMENTS Software (PART_OF lasuite). */
export function importSuiteRepos(ctx: BuildContext, deps: RepoDeps): Map<string, SuiteRepo> {
  const out = new Map<string, SuiteRepo>();
  for (const { values: v } of readCsv(
    sourceFile(ctx.dataDir, "suitenumerique/repos-summary.csv"),
  )) {
    const fullName = v.repo ?? "";
    const date = isoDay(v.snapshot_date);
    const p = prov(SRC, `repos-summary.csv#repo=${fullName}`, date);
    const [owner = "", short = ""] = fullName.split("/");
    const repository = ensureRepository(
      ctx,
      deps,
      {
        kind: "repository",
        key: `github.com/${fullName.toLowerCase()}`,
        host: "github.com",
        owner: owner.toLowerCase(),
        path: [owner.toLowerCase(), short.toLowerCase()],
      },
      {
        name: short,
        platform: "GitHub",
        snapshotCommit: v.snapshot_commit,
        snapshotDate: date,
        firstCommit: isoDay(v.first_commit_date),
        commitsNoMerges: parseIntOrUndefined(v.commits_no_merges),
        distinctAuthorEmails: parseIntOrUndefined(v.distinct_author_emails),
        humanAuthorEmails: parseIntOrUndefined(v.human_author_emails),
        humanAuthorsActive12m: parseIntOrUndefined(v.human_authors_active_12m_before_snapshot),
        license: owner === "suitenumerique" ? "MIT" : undefined,
      },
      p,
    );
    const software = ctx.graph.addNode(
      "Software",
      suiteSoftwareKey(fullName),
      {
        name: short,
        kind: LIBRARIES.has(short) ? "library" : "product",
        licence: owner === "suitenumerique" ? "MIT" : undefined,
        madeByPublicSector: true,
      },
      p,
    );
    ctx.graph.addRel("IMPLEMENTS", repository, software, {}, p);
    if (owner === "suitenumerique") {
      ctx.graph.addRel(
        "PART_OF",
        software,
        { label: "Software", key: "lasuite" },
        { basis: "suitenumerique GitHub organisation" },
        p,
      );
    }
    out.set(fullName, { fullName, short, snapshotDate: date ?? "", repository, software });
  }
  return out;
}
