/** What `criticalMassOf` returns, declared once (service output and the API's `CriticalMass`). */
import { Field, ObjectType } from "type-graphql";
import {
  CriticalMassResult,
  OrganizationContribution,
} from "../../../analytics/types/critical-mass.type";
import type { ContributionKind } from "../contributions";
import { ContributionKindEnum } from "./contributor-activity.type";
import { EntityRef } from "./entity-ref.type";

/** An organisation's contributions, with the organisation named. */
@ObjectType({ description: "Contributions of one organisation and its share." })
export class OrganizationShare extends OrganizationContribution {
  @Field(_type => EntityRef, {
    description: "The organisation (or partner) the contributors are affiliated with.",
  })
  organization!: EntityRef;
}

/** The library's result plus the subject, the contribution kind and the organisations named. */
@ObjectType({ description: "Contribution critical mass of a software, repository or start-up." })
export class CriticalMass extends CriticalMassResult {
  @Field(_type => EntityRef, { description: "The software, repository or start-up measured." })
  subject!: EntityRef;

  @Field(_type => ContributionKindEnum, { description: "What counts as a contribution." })
  contributionKind!: ContributionKind;

  @Field(_type => [OrganizationShare], {
    description: "Contributing organisations with their shares, largest first.",
  })
  // narrows the library's field (the services build plain objects: the initialiser never runs)
  override organizations: OrganizationShare[] = [];
}
