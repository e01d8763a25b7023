import { Field, InputType } from "type-graphql";
import { type EntityDef, type PropDef, type PropKind, requireEntity } from "../../read/model";
import {
  BooleanFilter,
  CountFilter,
  DateFilter,
  FloatFilter,
  IntFilter,
  IntListFilter,
  StringFilter,
  StringListFilter,
  TextFilter,
} from "../types/common/filter.inputs";
import type { InputClass } from "../types/common/named-class";
import { classesOf } from "./entity-classes";
import { describeProp } from "./prop-descriptions";
import { requireVocabulary, vocabularyFilter } from "./vocabulary-enum.factory";

const FILTERS: Record<Exclude<PropKind, "enum">, InputClass> = {
  string: StringFilter,
  url: StringFilter,
  text: TextFilter,
  int: IntFilter,
  float: FloatFilter,
  boolean: BooleanFilter,
  date: DateFilter,
  stringList: StringListFilter,
  intList: IntListFilter,
};

/** One operator object per property, and AND/OR/NOT over the input type itself. */
export function declarePropFilters(
  cls: InputClass,
  props: readonly PropDef[],
  owner: string,
): void {
  const proto = cls.prototype as object;
  for (const prop of props) {
    const filter =
      prop.vocabulary || prop.kind === "enum"
        ? vocabularyFilter(requireVocabulary(prop))
        : FILTERS[prop.kind];
    Field(() => filter, {
      nullable: true,
      description: prop.description ?? describeProp(owner, prop),
      deprecationReason: prop.deprecationReason,
    })(proto, prop.name);
  }
  Field(() => [cls], { nullable: true, description: "All of these." })(proto, "AND");
  Field(() => [cls], { nullable: true, description: "At least one of these." })(proto, "OR");
  Field(() => cls, { nullable: true, description: "Not this." })(proto, "NOT");
}

/**
 * `<Type>Where`: one operator object per property, AND/OR/NOT, `some/none/all` on every
 * relationship field and `<field>Aggregate: { count }` on relationship counts.
 */
export function defineWhereInput(entity: EntityDef): void {
  const { where, relationFilter } = classesOf(entity);
  const proto = where.prototype as object;
  InputType(`${entity.typeName}Where`, { description: `Filter on ${entity.typeName}.` })(where);
  Field(() => StringFilter, { nullable: true, description: "Natural key." })(proto, "key");
  declarePropFilters(where, entity.props, entity.typeName);
  for (const relation of entity.relations) {
    const target = classesOf(requireEntity(relation.target)).relationFilter;
    Field(() => target, { nullable: true, description: relation.description })(
      proto,
      relation.field,
    );
    Field(() => CountFilter, { nullable: true, description: `Number of ${relation.field}.` })(
      proto,
      `${relation.field}Aggregate`,
    );
  }

  InputType(`${entity.typeName}RelationFilter`, {
    description: `Quantifiers over related ${entity.typeName} nodes.`,
  })(relationFilter);
  const rf = relationFilter.prototype as object;
  Field(() => where, { nullable: true, description: "At least one related node matches." })(
    rf,
    "some",
  );
  Field(() => where, { nullable: true, description: "No related node matches." })(rf, "none");
  Field(() => where, {
    nullable: true,
    description: "Every related node matches (true when none).",
  })(rf, "all");
}
