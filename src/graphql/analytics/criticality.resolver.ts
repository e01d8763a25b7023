import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { criticalityOf } from "../../services/analytics/criticality.service";
import { AS_OF_ARG, SubjectInput } from "./common.type";
import type { CriticalityProfileName } from "../../analytics";
import { CriticalityProfileEnum } from "../../analytics/types/criticality.type";
import { CriticalityScore } from "../../services/analytics/types/criticality.type";

@Resolver()
export class CriticalityResolver {
  @Query(_returns => CriticalityScore, {
    description:
      "OpenSSF criticality_score of a Software or Repository: C = Σ wᵢ·log(1+min(Sᵢ,Tᵢ))/log(1+Tᵢ) / Σ wᵢ " +
      "over the signals present in our data (missing ones reported as missing, not zero), with the " +
      "per-signal breakdown. metrics-anchors.md §3.1, §7.6; https://github.com/ossf/criticality_score",
  })
  async criticalityScore(
    @Ctx() ctx: Context,
    @Arg("of", _type => SubjectInput, { description: "The software or repository scored." })
    of: SubjectInput,
    @Arg("profile", _type => CriticalityProfileEnum, {
      defaultValue: "ECOSYSTEM_FR",
      description: "Weights and thresholds.",
    })
    profile: CriticalityProfileName,
    @Arg("asOf", _type => String, AS_OF_ARG) asOf: string | null,
  ): Promise<CriticalityScore> {
    return criticalityOf(ctx, of, { profile, asOf });
  }
}
