import type { EntityDef } from "./types";

/**
 * The stored property that names a node for people (`Node.displayName`): the first name-like
 * (text) property of its label (`title` of a start-up, `label` of a phase, `name` elsewhere);
 * none for contributors, who are pseudonymised and shown by their key.
 */
export function displayPropOf(entity: EntityDef): string | undefined {
  return entity.props.find(p => p.kind === "text")?.name;
}

/** `Startup` → `STARTUP`, `DigitalDirectorate` → `DIGITAL_DIRECTORATE` (`Node.kind`). */
export const kindOfLabel = (label: string): string =>
  label.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();
