import { Field, InputType } from "type-graphql";
import { type EntityDef, isSortable } from "../../read/model";
import { SortDirection } from "../types/common/sort-direction.enum";
import { classesOf } from "./entity-classes";
import { describeProp } from "./prop-descriptions";

/**
 * `<Type>Sort`: one item of `sort: [...]` sets exactly one field. Properties, the key and the
 * number of related nodes (`<relationship>Count`) are sortable; `key` always breaks ties.
 */
export function defineSortInput(entity: EntityDef): void {
  const { sort } = classesOf(entity);
  const proto = sort.prototype as object;
  InputType(`${entity.typeName}Sort`, {
    description: `One sort criterion for ${entity.typeName}; list several for ties.`,
  })(sort);
  Field(() => SortDirection, { nullable: true, description: "Natural key." })(proto, "key");
  for (const prop of entity.props.filter(isSortable)) {
    Field(() => SortDirection, {
      nullable: true,
      description: prop.description ?? describeProp(entity.typeName, prop),
      deprecationReason: prop.deprecationReason,
    })(proto, prop.name);
  }
  for (const relation of entity.relations) {
    Field(() => SortDirection, { nullable: true, description: `Number of ${relation.field}.` })(
      proto,
      `${relation.field}Count`,
    );
  }
}
