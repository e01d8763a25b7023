import { InputType } from "type-graphql";
import type { EdgeDef } from "../../read/model";
import { type InputClass, namedClass } from "../types/common/named-class";
import { declarePropFilters } from "./where-input.factory";

const CLASSES = new Map<string, InputClass>();

/**
 * `<Type>Where` for the properties of a relationship type (e.g. `MemberOfWhere`), shared by every
 * relationship field over that type: one operator object per property, and AND/OR/NOT.
 */
export function edgeWhereClass(edge: EdgeDef): InputClass {
  const existing = CLASSES.get(edge.typeName);
  if (existing) {
    return existing;
  }
  const cls = namedClass(`${edge.typeName}Where`);
  InputType(`${edge.typeName}Where`, {
    description: `Filter on ${edge.types.join(" or ")} relationships.`,
  })(cls);
  declarePropFilters(cls, edge.props, edge.types.join("|"));
  CLASSES.set(edge.typeName, cls);
  return cls;
}
