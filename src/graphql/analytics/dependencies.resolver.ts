import { Arg, Args, Ctx, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { dependenciesOf, dependencyPaths } from "../../services/analytics/dependencies.service";
import { SubjectInput } from "./common.type";
import type { DependencyRelation } from "../../analytics";
import type { DependencyKind } from "../../model";
import {
  Dependencies,
  DependencyKindEnum,
  DependencyPaths,
  DependencyRelationEnum,
} from "./dependencies.type";
import { TraversalPageArgs } from "./page-args.type";
import { pagedMethod, pageInfo, pageRows, pageWindow } from "./paging";

@Resolver()
export class DependenciesResolver {
  @Query(_returns => Dependencies, {
    description:
      "Direct and transitive dependencies (DEPENDS_ON) of a Software, Repository or Package, each " +
      "with its minimal depth, DIRECT/INDIRECT (deps.dev relation: direct wins), declared " +
      "requirement, licence and one example path. Depth ≤ 6. Definitions: metrics-anchors.md §3.2, " +
      "§3.6 (CHAOSS Upstream Code Dependencies), §7.1; https://docs.deps.dev/api/v3/ " +
      "Paged: `first` 1…5000 (default 500), `after`.",
  })
  async dependencies(
    @Ctx() ctx: Context,
    @Arg("of", _type => SubjectInput, { description: "The software, repository or package." })
    of: SubjectInput,
    @Arg("relation", _type => DependencyRelationEnum, {
      nullable: true,
      description: "Keep only DIRECT or only INDIRECT dependencies (default both).",
    })
    relation: DependencyRelation | null,
    @Args(_type => TraversalPageArgs) page: TraversalPageArgs,
  ): Promise<Dependencies> {
    const window = pageWindow("dependencies", page, { first: 500, max: 5000 });
    const r = await dependenciesOf(ctx, of, {
      maxDepth: page.maxDepth,
      kinds: page.kinds,
      relation,
      first: window.fetch,
    });
    return {
      ...r,
      items: pageRows(window, r.items),
      pageInfo: pageInfo(window, r.items.length),
      method: pagedMethod(r.method, window, r.items.length),
    };
  }

  @Query(_returns => DependencyPaths, {
    description:
      "The k shortest simple DEPENDS_ON paths from one node to another (length ≤ maxDepth ≤ 6), " +
      "ordered by length then by the Label:key sequence: why does A depend on B? " +
      "metrics-anchors.md §7.2.",
  })
  async dependencyPaths(
    @Ctx() ctx: Context,
    @Arg("from", _type => SubjectInput, { description: "The consumer (path start)." })
    from: SubjectInput,
    @Arg("to", _type => SubjectInput, { description: "The dependency (path end)." })
    to: SubjectInput,
    @Arg("k", _type => Int, { defaultValue: 3, description: "Number of paths, 1…20." }) k: number,
    @Arg("maxDepth", _type => Int, {
      defaultValue: 6,
      description: "Longest path searched, in hops (1…6).",
    })
    maxDepth: number,
    @Arg("kinds", _type => [DependencyKindEnum], {
      nullable: true,
      description: "Follow only dependencies of these kinds (default all).",
    })
    kinds: DependencyKind[] | null,
  ): Promise<DependencyPaths> {
    return dependencyPaths(ctx, from, to, { k, maxDepth, kinds });
  }
}
