import { ArgsType, Field } from "type-graphql";
import { SubjectInput } from "./common.type";
import type { ContributionKind } from "../../services/analytics/contributions";
import { ContributionKindEnum } from "../../services/analytics/types/contributor-activity.type";

/** What counts as a contribution, and between which days (criticalMass, its ranking, contributorActivity). */
@ArgsType()
export class ContributionWindowArgs {
  @Field(_type => ContributionKindEnum, {
    defaultValue: "COMMITS",
    description: "What counts as a contribution.",
  })
  contributionKind!: ContributionKind;

  @Field(_type => String, {
    nullable: true,
    description:
      "First day counted (YYYY-MM-DD); default the first contribution. contributorActivity starts with the period (year or month) holding it.",
  })
  from!: string | null;

  @Field(_type => String, {
    nullable: true,
    description:
      "Last day counted (YYYY-MM-DD); default the data's snapshot date (shown in method). contributorActivity ends with the period holding it.",
  })
  to!: string | null;
}

/** {@link ContributionWindowArgs} of one subject. */
@ArgsType()
export class SubjectContributionArgs extends ContributionWindowArgs {
  @Field(_type => SubjectInput, { description: "The software, repository or start-up measured." })
  of!: SubjectInput;
}
