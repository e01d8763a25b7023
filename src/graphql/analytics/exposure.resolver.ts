import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import {
  exposureOf,
  type ExposedEntity as Exposed,
} from "../../services/analytics/exposure.service";
import { SubjectInput } from "./common.type";
import { Exposure, type ExposedEntity } from "./exposure.type";
import { dependencyItem } from "./mappers";
import { TraversalPageArgs } from "./page-args.type";
import { pagedMethod, pageInfo, pageRows, pageWindow } from "./paging";

const exposed = (e: Exposed): ExposedEntity => ({
  entity: e.entity,
  depth: e.depth,
  evidence: e.evidence,
  ministries: e.ministries,
});

@Resolver()
export class ExposureResolver {
  @Query(_returns => Exposure, {
    description:
      "Who is exposed if X fails: reverse DEPENDS_ON reachability (depth ≤ 6) rolled up to the " +
      "start-ups, organisations and ministries that produce, use, deploy, fund or own an impacted " +
      "node, with counts per ministry. metrics-anchors.md §7.3; https://blog.deps.dev/enumerating-dependents/ " +
      "`dependents` is paged: `first` 1…5000 (default 500), `after`.",
  })
  async exposure(
    @Ctx() ctx: Context,
    @Arg("of", _type => SubjectInput, { description: "The node that would fail." })
    of: SubjectInput,
    @Args(_type => TraversalPageArgs) page: TraversalPageArgs,
  ): Promise<Exposure> {
    const window = pageWindow("exposure", page, { first: 500, max: 5000 });
    const r = await exposureOf(ctx, of, {
      maxDepth: page.maxDepth,
      kinds: page.kinds,
      first: window.fetch,
    });
    return {
      subject: r.subject,
      directDependents: r.directDependents,
      transitiveDependents: r.transitiveDependents,
      dependents: pageRows(window, r.dependents).map(dependencyItem),
      pageInfo: pageInfo(window, r.dependents.length),
      startups: r.startups.map(exposed),
      organizations: r.organizations.map(exposed),
      ministries: r.ministries,
      method: pagedMethod(r.method, window, r.dependents.length),
    };
  }
}
