import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { exposureOf } from "../../services/analytics/exposure.service";
import { SubjectInput } from "./common.type";
import { Exposure } from "./exposure.type";
import { TraversalPageArgs } from "./page-args.type";
import { pagedMethod, pageInfo, pageRows, pageWindow } from "./paging";

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
      ...r,
      dependents: pageRows(window, r.dependents),
      pageInfo: pageInfo(window, r.dependents.length),
      method: pagedMethod(r.method, window, r.dependents.length),
    };
  }
}
