import { ENTITIES, type EntityDef } from "../../read/model";
import { type InputClass, namedClass } from "../types/common/named-class";

/** The type-graphql classes generated for one entity of the registry. */
export interface EntityClasses {
  object: InputClass;
  where: InputClass;
  relationFilter: InputClass;
  sort: InputClass;
  edge: InputClass;
  connection: InputClass;
  aggregate: InputClass;
  groupBy: InputClass;
}

const CLASSES = new Map<string, EntityClasses>(
  ENTITIES.map(e => [
    e.label,
    {
      object: namedClass(e.typeName),
      where: namedClass(`${e.typeName}Where`),
      relationFilter: namedClass(`${e.typeName}RelationFilter`),
      sort: namedClass(`${e.typeName}Sort`),
      edge: namedClass(`${e.typeName}Edge`),
      connection: namedClass(`${e.typeName}Connection`),
      aggregate: namedClass(`${e.typeName}Aggregate`),
      groupBy: namedClass(`${e.typeName}GroupBy`),
    },
  ]),
);

/** Classes of a label; decorators refer to them through thunks, so order does not matter. */
export function classesOf(entity: EntityDef | string): EntityClasses {
  const label = typeof entity === "string" ? entity : entity.label;
  const classes = CLASSES.get(label);
  if (!classes) {
    throw new Error(`no GraphQL classes for label ${label}`);
  }
  return classes;
}

/** `startupByKey`, `digitalDirectorateByKey`… */
export const byKeyField = (entity: EntityDef): string =>
  `${entity.typeName.charAt(0).toLowerCase()}${entity.typeName.slice(1)}ByKey`;
