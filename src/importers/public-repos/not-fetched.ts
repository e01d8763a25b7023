import { type BuildContext } from "../core/context";
import { splitList } from "../core/normalise";
import { readCsv, sourceFile } from "../core/readers";
import { prov } from "../core/sources";
import { type RepoDeps } from "../resolve/repositories";
import { DIR, ensureGithubRepository } from "./repos";

/** not-fetched.csv reasons, by kind (the reason text itself is kept on the nodes). */
const KINDS: ReadonlyArray<[RegExp, string, string | undefined]> = [
  [/^non-GitHub host/, "notFetchedNonGithubHost", "referenced URLs on another host than GitHub"],
  [
    /^org-level URL/,
    "notFetchedOrgLevelUrl",
    "referenced URLs naming a GitHub organisation, not a repository",
  ],
  [
    /^repository not available/,
    "notFetchedUnavailable",
    "repositories with no public copy that could be read",
  ],
  [
    /^repository larger than/,
    "notFetchedTooLarge",
    "repositories larger than 500 MiB, not processed",
  ],
  [/^excluded/, "notFetchedExcludedFork", "forks of other projects, excluded"],
  [/^(renamed|already described)/, "", undefined],
];

/**
 * not-fetched.csv → what git facts are missing and why: `gitFactsMissing` on the repository
 * (GitHub repositories not read) and `repositoryGitFactsMissing` on the start-ups that reference
 * it; renamed and already-described repositories are covered elsewhere and not flagged.
 */
export function importNotFetched(ctx: BuildContext, deps: RepoDeps): void {
  for (const { row, values: v } of readCsv(sourceFile(ctx.dataDir, `${DIR}/not-fetched.csv`))) {
    const reason = (v.reason ?? "").trim();
    const target = (v.repo ?? "").trim();
    const kind = KINDS.find(([re]) => re.test(reason));
    const p = prov("public-repos", `not-fetched.csv#row=${row}`);
    if (kind === undefined) {
      ctx.report.unresolved(
        "notFetchedOther",
        "not-fetched.csv rows with another reason",
        `${target}: ${reason}`,
      );
    } else if (kind[1] === "") {
      continue;
    } else {
      ctx.report.unresolved(kind[1], kind[2] ?? "", target);
    }
    if (/^[^/.\s]+\/[^/\s]+$/.test(target)) {
      ensureGithubRepository(ctx, deps, target, { gitFactsMissing: reason }, p);
    }
    for (const ref of splitList(v.referenced_by, "|").filter(r => r.startsWith("startup:"))) {
      const startup = { label: "Startup", key: ref.slice("startup:".length) };
      if (ctx.graph.hasNode(startup)) {
        ctx.graph.addNode(startup.label, startup.key, { repositoryGitFactsMissing: reason }, p);
      }
    }
  }
}
