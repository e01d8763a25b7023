import { type BuildContext } from "../core/context";
import { readCsv, sourceFile } from "../core/readers";
import { prov } from "../core/sources";
import { addGitContribution } from "../resolve/git-authors";
import { type SuiteRepo } from "./repos";

/** contributors-by-repo.csv (already pseudonymised) → Contributor `git:<id>` + CONTRIBUTES_TO. */
export function importSuiteContributors(
  ctx: BuildContext,
  repos: ReadonlyMap<string, SuiteRepo>,
): void {
  for (const { row, values: v } of readCsv(
    sourceFile(ctx.dataDir, "suitenumerique/contributors-by-repo.csv"),
  )) {
    const repo = repos.get(v.repo ?? "");
    const p = prov("suitenumerique", `contributors-by-repo.csv#row=${row}`, repo?.snapshotDate);
    if (!repo) {
      ctx.report.unresolved(
        "contributorRepoUnknown",
        "contributor rows naming a repository absent from repos-summary.csv",
        `row=${row}`,
      );
      continue;
    }
    addGitContribution(ctx, v, repo.repository, p);
  }
}
