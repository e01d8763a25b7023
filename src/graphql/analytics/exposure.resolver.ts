import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import {
  exposureOf,
  type ExposedEntity as Exposed,
} from "../../services/analytics/exposure.service";
import { entityRef, methodInfo, SubjectInput } from "./common.type";
import { DependencyKindEnum } from "./dependencies.type";
import { Exposure, type ExposedEntity } from "./exposure.type";
import { dependencyItem } from "./mappers";

const exposed = (e: Exposed): ExposedEntity => ({
  entity: entityRef(e.entity),
  depth: e.depth,
  evidence: e.evidence.map(v => ({ ...v, target: entityRef(v.target) })),
  ministries: e.ministries.map(entityRef),
});

@Resolver()
export class ExposureResolver {
  @Query(_returns => Exposure, {
    description:
      "Who is exposed if X fails: reverse DEPENDS_ON reachability (depth ≤ 6) rolled up to the " +
      "start-ups, organisations and ministries that produce, use, deploy, fund or own an impacted " +
      "node, with counts per ministry. metrics-anchors.md §7.3; https://blog.deps.dev/enumerating-dependents/",
  })
  async exposure(
    @Ctx() ctx: Context,
    @Arg("of", _type => SubjectInput) of: SubjectInput,
    @Arg("maxDepth", _type => Int, { defaultValue: 6, description: "1…6" }) maxDepth: number,
    @Arg("kinds", _type => [DependencyKindEnum], { nullable: true })
    kinds: DependencyKindEnum[] | null,
    @Arg("limit", _type => Int, { defaultValue: 500, description: "dependents listed, 1…5000" })
    limit: number,
  ): Promise<Exposure> {
    const r = await exposureOf(ctx, of, { maxDepth, kinds, first: limit });
    return {
      subject: entityRef(r.subject),
      directDependents: r.directDependents,
      transitiveDependents: r.transitiveDependents,
      dependents: r.dependents.map(dependencyItem),
      startups: r.startups.map(exposed),
      organizations: r.organizations.map(exposed),
      ministries: r.ministries.map(m => ({ ...m, ministry: entityRef(m.ministry) })),
      method: methodInfo(r.method),
    };
  }
}
