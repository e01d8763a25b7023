import { Arg, Args, Ctx, Float, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import {
  criticalMassOf,
  criticalMassRanking,
  type CriticalMassParams,
} from "../../services/analytics/critical-mass.service";
import { CriticalMass } from "../../services/analytics/types/critical-mass.type";
import { AS_OF_ARG } from "./common.type";
import { ContributionWindowArgs, SubjectContributionArgs } from "./contribution-args.type";
import { pageWindow } from "./paging";
import { rankingMeasure } from "./ranking-sort";
import {
  CRITICAL_MASS_SORT_KEYS,
  CriticalMassRankingSort,
  CriticalMassSortEnum,
  UnaffiliatedPolicyEnum,
  VerdictThresholdsInput,
} from "./critical-mass.type";

const DESCRIPTION =
  "CHAOSS Contributors, New / Inactive Contributors, Contributor Absence Factor (bus factor) and " +
  "Elephant Factor (F(θ) = min{k : top-k > θ·total}), Organizational Diversity (shares, HHI = Σ s², " +
  "effective = 1/HHI), sector shares (UNKNOWN always shown) and a verdict whose thresholds are " +
  "parameters (ours). metrics-anchors.md §2.1–2.7, §7.5.";

@Resolver()
export class CriticalMassResolver {
  @Query(_returns => CriticalMass, { description: `Critical mass of one subject. ${DESCRIPTION}` })
  async criticalMass(
    @Ctx() ctx: Context,
    @Args(_type => SubjectContributionArgs)
    { of, contributionKind, from, to }: SubjectContributionArgs,
    @Arg("asOf", _type => String, {
      nullable: true,
      description:
        "Reference date (YYYY-MM-DD); default `to`, else the data's snapshot date (shown in method.parameters).",
    })
    asOf: string | null,
    @Arg("activeIntervalMonths", _type => Int, {
      defaultValue: 12,
      description: "A contributor is active with a contribution in this many months before asOf.",
    })
    activeIntervalMonths: number,
    @Arg("threshold", _type => Float, { defaultValue: 0.5, description: "θ of CAF and EF." })
    threshold: number,
    @Arg("unaffiliated", _type => UnaffiliatedPolicyEnum, {
      defaultValue: "EACH_OWN_UNIT",
      description: "How unaffiliated contributions count as organisations.",
    })
    unaffiliated: UnaffiliatedPolicyEnum,
    @Arg("verdict", _type => VerdictThresholdsInput, {
      nullable: true,
      description: "Thresholds of the verdict (defaults shown in VerdictThresholdsInput).",
    })
    verdict: VerdictThresholdsInput | null,
  ): Promise<CriticalMass> {
    const params: CriticalMassParams = {
      contributionKind,
      from,
      to,
      asOf,
      activeIntervalMonths,
      threshold,
      unaffiliated,
      verdict: verdict ?? undefined,
    };
    return criticalMassOf(ctx, of, params);
  }

  @Query(_returns => [CriticalMass], {
    description: `Software ranked by one critical-mass indicator (descending). ${DESCRIPTION}`,
  })
  async criticalMassRanking(
    @Ctx() ctx: Context,
    @Arg("sort", _type => [CriticalMassRankingSort], {
      nullable: true,
      description: "The ranking indicator, descending (default `[{ activeContributors: DESC }]`).",
    })
    sort: CriticalMassRankingSort[] | null,
    @Arg("sortBy", _type => CriticalMassSortEnum, {
      nullable: true,
      description: "Former ranking indicator.",
      deprecationReason: "Use `sort: [{ activeContributors: DESC }]`.",
    })
    sortBy: CriticalMassSortEnum | null,
    @Args(_type => ContributionWindowArgs) { contributionKind, from, to }: ContributionWindowArgs,
    @Arg("asOf", _type => String, AS_OF_ARG) asOf: string | null,
    @Arg("first", _type => Int, {
      nullable: true,
      description: "Number of software ranked, 1…500 (default 50).",
    })
    first: number | null,
    @Arg("limit", _type => Int, {
      nullable: true,
      description: "Former name of `first`.",
      deprecationReason: "Use `first`.",
    })
    limit: number | null,
  ): Promise<CriticalMass[]> {
    const measure = rankingMeasure<keyof CriticalMassRankingSort>(
      "sort",
      sort,
      null,
      "activeContributors",
    );
    const window = pageWindow(
      "criticalMassRanking",
      { first, after: null, limit },
      {
        first: 50,
        max: 500,
      },
    );
    return criticalMassRanking(ctx, {
      sortBy: sortBy ?? CRITICAL_MASS_SORT_KEYS[measure],
      contributionKind,
      from,
      to,
      asOf,
      first: window.end,
    });
  }
}
