import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { contributorActivityOf } from "../../services/analytics/contributor-activity.service";
import { SubjectContributionArgs } from "./contribution-args.type";
import {
  type ActivityGranularity,
  ActivityGranularityEnum,
} from "../../analytics/types/contributor-activity.type";
import { ContributorActivity } from "../../services/analytics/types/contributor-activity.type";

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
    granularity: ActivityGranularity,
    @Arg("excludeBots", _type => Boolean, {
      defaultValue: true,
      description: "Leave out contributors flagged as bots.",
    })
    excludeBots: boolean,
  ): Promise<ContributorActivity> {
    return contributorActivityOf(ctx, of, { granularity, contributionKind, from, to, excludeBots });
  }
}
