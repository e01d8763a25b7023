/**
 * One way to name a kind of entity across the API: the `EntityType` enum value (`SOFTWARE`,
 * `DIGITAL_DIRECTORATE`…), derived from the graph label (`Software`, `DigitalDirectorate`…).
 */
import { kindOfLabel } from "./display";
import { ENTITIES } from "./registry";

const LABEL_OF_KIND = new Map(ENTITIES.map(e => [kindOfLabel(e.label), e.label]));

/** `DIGITAL_DIRECTORATE` → `DigitalDirectorate`; undefined for an unknown kind. */
export const labelOfKind = (kind: string): string | undefined => LABEL_OF_KIND.get(kind);
