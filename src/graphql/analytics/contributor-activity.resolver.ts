import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { contributorActivityOf } from "../../services/analytics/contributor-activity.service";
import { SubjectContributionArgs } from "./contribution-args.type";
import { ActivityGranularityEnum, ContributorActivity } from "./contributor-activity.type";
import { type ContributionKindEnum } from "./critical-mass.type";

@Resolver()
export class ContributorActivityResolver {
  @Query(_returns => ContributorActivity, {
    description:
      "Contributors over time (active, new, contributions, unaffiliated share) per year or month, " +
      "for the critical-mass chart: the records of `criticalMass`, read once. metrics-anchors.md §2.1–2.2.",
  })
  async contributorActivity(
    @Ctx() ctx: Context,
    @Args(_type => SubjectContributionArgs)
    { of, contributionKind, from, to }: SubjectContributionArgs,
    @Arg("granularity", _type => ActivityGranularityEnum, {
      defaultValue: "YEAR",
      description: "Length of the periods.",
    })
    granularity: ActivityGranularityEnum,
    @Arg("excludeBots", _type => Boolean, {
      defaultValue: true,
      description: "Leave out contributors flagged as bots.",
    })
    excludeBots: boolean,
  ): Promise<ContributorActivity> {
    const r = await contributorActivityOf(ctx, of, {
      granularity,
      contributionKind,
      from,
      to,
      excludeBots,
    });
    return {
      subject: r.subject,
      contributionKind: r.contributionKind as ContributionKindEnum,
      granularity: r.granularity as ActivityGranularityEnum,
      periods: r.periods,
      method: r.method,
    };
  }
}
