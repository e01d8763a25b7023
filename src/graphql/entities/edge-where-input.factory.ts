import { Field, InputType } from "type-graphql";
import type { EdgeDef } from "../../query/registry";
import { type InputClass, namedClass } from "../types/common/named-class";
import { FILTERS } from "./where-input.factory";

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
  const proto = cls.prototype as object;
  InputType(`${edge.typeName}Where`, {
    description: `Filter on ${edge.types.join(" or ")} relationships.`,
  })(cls);
  for (const prop of edge.props) {
    const filter = FILTERS[prop.kind];
    Field(() => filter, { nullable: true, description: prop.description })(proto, prop.name);
  }
  Field(() => [cls], { nullable: true, description: "All of these." })(proto, "AND");
  Field(() => [cls], { nullable: true, description: "At least one of these." })(proto, "OR");
  Field(() => cls, { nullable: true, description: "Not this." })(proto, "NOT");
  CLASSES.set(edge.typeName, cls);
  return cls;
}
