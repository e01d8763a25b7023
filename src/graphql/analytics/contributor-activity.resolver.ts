import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { contributorActivityOf } from "../../services/analytics/contributor-activity.service";
import { entityRef, methodInfo, SubjectInput } from "./common.type";
import { ActivityGranularityEnum, ContributorActivity } from "./contributor-activity.type";
import { ContributionKindEnum } from "./critical-mass.type";

@Resolver()
export class ContributorActivityResolver {
  @Query(_returns => ContributorActivity, {
    description:
      "Contributors over time (active, new, contributions, unaffiliated share) per year or month, " +
      "for the critical-mass chart: the records of `criticalMass`, read once. metrics-anchors.md §2.1–2.2.",
  })
  async contributorActivity(
    @Ctx() ctx: Context,
    @Arg("of", _type => SubjectInput, {
      description: "The software, repository or start-up measured.",
    })
    of: SubjectInput,
    @Arg("granularity", _type => ActivityGranularityEnum, {
      defaultValue: "YEAR",
      description: "Length of the periods.",
    })
    granularity: ActivityGranularityEnum,
    @Arg("contributionKind", _type => ContributionKindEnum, {
      defaultValue: "COMMITS",
      description: "What counts as a contribution.",
    })
    contributionKind: ContributionKindEnum,
    @Arg("from", _type => String, {
      nullable: true,
      description: "First day (YYYY-MM-DD), its period included; default the first contribution.",
    })
    from: string | null,
    @Arg("to", _type => String, {
      nullable: true,
      description:
        "Last day (YYYY-MM-DD), its period included; default the data's snapshot date (shown in method).",
    })
    to: string | null,
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
      subject: entityRef(r.subject),
      contributionKind: r.contributionKind as ContributionKindEnum,
      granularity: r.granularity as ActivityGranularityEnum,
      periods: r.periods,
      method: methodInfo(r.method),
    };
  }
}
