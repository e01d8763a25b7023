/**
 * What `contributorActivityOf` returns, declared once (service output and API type), with the
 * contribution kinds shared with `criticalMass`.
 */
import { Field, ObjectType } from "type-graphql";
import { Method } from "../../../analytics/types/method.type";
import {
  ActivityGranularityEnum,
  ActivityPeriod,
  type ActivityGranularity,
} from "../../../analytics/types/contributor-activity.type";
import { enumOf } from "../../../analytics/types/enum-of";
import { CONTRIBUTION_KINDS, type ContributionKind } from "../contributions";
import { EntityRef } from "./entity-ref.type";

export const ContributionKindEnum = enumOf(CONTRIBUTION_KINDS, {
  name: "ContributionKind",
  description:
    "What counts as a contribution: COMMITS (CONTRIBUTES_TO commits to the repositories) or " +
    "MEMBERSHIPS (beta.gouv.fr MEMBER_OF missions, weighted by months).",
  valuesConfig: {
    COMMITS: { description: "Commits to the repositories (CONTRIBUTES_TO.commits)." },
    MEMBERSHIPS: { description: "beta.gouv.fr missions (MEMBER_OF), weighted by months." },
  },
});

@ObjectType({
  description:
    "Contributors over time of a software, repository or start-up: one period per year or month, in one call.",
})
export class ContributorActivity {
  @Field(_type => EntityRef, { description: "The subject measured." })
  subject!: EntityRef;

  @Field(_type => ContributionKindEnum, { description: "What counts as a contribution." })
  contributionKind!: ContributionKind;

  @Field(_type => ActivityGranularityEnum, { description: "Length of the periods." })
  granularity!: ActivityGranularity;

  @Field(_type => [ActivityPeriod], {
    description: "The periods in order, from the first contribution (or `from`) to `to`.",
  })
  periods!: ActivityPeriod[];

  @Field(_type => Method, { description: "Definitions, parameters and coverage notes." })
  method!: Method;
}
