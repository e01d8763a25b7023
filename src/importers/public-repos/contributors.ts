import { type BuildContext } from "../core/context";
import { readCsv, sourceFile } from "../core/readers";
import { prov } from "../core/sources";
import { addGitContribution } from "../resolve/git-authors";
import { DIR, type PublicRepo } from "./repos";

/** contributors-by-repo.csv (same columns and pseudonym as suitenumerique/) → CONTRIBUTES_TO. */
export function importPublicContributors(
  ctx: BuildContext,
  repos: ReadonlyMap<string, PublicRepo>,
): void {
  for (const { row, values: v } of readCsv(
    sourceFile(ctx.dataDir, `${DIR}/contributors-by-repo.csv`),
  )) {
    const repo = repos.get((v.repo ?? "").toLowerCase());
    if (!repo) {
      ctx.report.unresolved(
        "publicContributorRepoUnknown",
        "public-repos contributor rows naming a repository absent from repos.csv",
        `row=${row}`,
      );
      continue;
    }
    addGitContribution(
      ctx,
      v,
      repo.repository,
      prov("public-repos", `contributors-by-repo.csv#row=${row}`, repo.snapshotDate),
    );
  }
}
