import { type BuildContext } from "../core/context";
import { type RepoDeps } from "../resolve/repositories";
import { importPublicContributors } from "./contributors";
import { importPublicDependencies } from "./dependencies";
import { importNotFetched } from "./not-fetched";
import { importPublishedPackages } from "./published";
import { importPublicRepos } from "./repos";

/** shared/data/public-repos (README §8): 277 repositories, contributors, dependencies, packages. */
export function importPublicReposSource(ctx: BuildContext, deps: RepoDeps): void {
  const repos = importPublicRepos(ctx, deps);
  importPublicContributors(ctx, repos);
  const { publishers, ownNames } = importPublishedPackages(ctx, deps, repos);
  importPublicDependencies(ctx, repos, publishers, ownNames);
  importNotFetched(ctx, deps);
}
