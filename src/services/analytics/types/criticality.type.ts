/** What `criticalityOf` returns, declared once (service output and API type). */
import { Field, ObjectType } from "type-graphql";
import type { CriticalitySignals } from "../../../analytics";
import { CriticalityResult } from "../../../analytics/types/criticality.type";
import { EntityRef } from "./entity-ref.type";

/** The scorer result plus the subject and the raw signal values. */
@ObjectType({ description: "OpenSSF criticality score with its per-signal breakdown." })
export class CriticalityScore extends CriticalityResult {
  @Field(_type => EntityRef, { description: "The software or repository scored." })
  subject!: EntityRef;

  /** The raw signal values read from the graph (not served). */
  signals!: CriticalitySignals;
}
