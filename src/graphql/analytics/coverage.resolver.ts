import { Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { coverageOf } from "../../services/analytics/coverage.service";
import { Coverage } from "./coverage.type";

@Resolver()
export class CoverageResolver {
  @Query(_returns => Coverage, {
    description:
      "Coverage of the graph with numerator and denominator: repositories with an owner and with a " +
      "ministry, start-ups with a ministry, software with a known user, software and repositories " +
      "with contributor data, packages resolved to a repository, depth of dependency chains, and " +
      "the ministries with no start-up, no repository or no known tool. The analytics cite these " +
      "figures in method.coverageNotes.",
  })
  async coverage(@Ctx() ctx: Context): Promise<Coverage> {
    const c = await coverageOf(ctx);
    return {
      ...c.ratios,
      dependencyChains: { ...c.dependencyChains, traversalLimit: c.traversalLimit },
      ministriesWithoutStartup: c.ministriesWithoutStartup,
      ministriesWithoutRepository: c.ministriesWithoutRepository,
      ministriesWithoutKnownTool: c.ministriesWithoutKnownTool,
      repositoriesNotRead: c.repositoriesNotRead,
      contributorDataDates: c.contributorDataDates,
      snapshotDate: c.snapshotDate,
      method: c.method,
    };
  }
}
