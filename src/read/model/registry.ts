import { CONTRIBUTOR, INCUBATOR, PHASE, STARTUP } from "./betagouv.entities";
import { FORGE_ACCOUNT, PACKAGE, REPOSITORY, SOFTWARE } from "./code.entities";
import { DIGITAL_DIRECTORATE, MINISTRY, ORGANIZATION, PARTNER } from "./public-bodies.entities";
import type { EntityDef, PropDef, RelDef } from "./types";

/** Every entity type of the API, in the order of the schema's root fields. */
export const ENTITIES: readonly EntityDef[] = [
  MINISTRY,
  DIGITAL_DIRECTORATE,
  ORGANIZATION,
  INCUBATOR,
  STARTUP,
  PHASE,
  SOFTWARE,
  REPOSITORY,
  FORGE_ACCOUNT,
  PACKAGE,
  CONTRIBUTOR,
  PARTNER,
];

const BY_LABEL = new Map(ENTITIES.map(e => [e.label, e]));

export function entityByLabel(label: string): EntityDef | undefined {
  return BY_LABEL.get(label);
}

export function requireEntity(label: string): EntityDef {
  const entity = BY_LABEL.get(label);
  if (!entity) {
    throw new Error(`unknown entity label '${label}'`);
  }
  return entity;
}

export function propOf(entity: EntityDef, name: string): PropDef | undefined {
  return entity.props.find(x => x.name === name);
}

export function relationOf(entity: EntityDef, field: string): RelDef | undefined {
  return entity.relations.find(r => r.field === field);
}

/** Name-like props, matched case- and accent-insensitively and indexed for full-text search. */
export function textProps(entity: EntityDef): PropDef[] {
  return entity.props.filter(x => x.kind === "text");
}

/** Registry sanity: every relationship target and hop label is a known entity. */
export function checkRegistry(): void {
  for (const entity of ENTITIES) {
    for (const r of entity.relations) {
      for (const hop of r.hops) {
        hop.label.split("|").forEach(requireEntity);
        if (!/^[A-Z_]+(\|[A-Z_]+)*$/.test(hop.type)) {
          throw new Error(`${entity.label}.${r.field}: bad relationship type ${hop.type}`);
        }
      }
    }
  }
}
