import { registerEnumType } from "type-graphql";
import type { PropDef, Vocabulary } from "../../read/model";
import { EQ, IN, IS_NULL, operatorInput, type Scalar } from "../types/common/filter.inputs";
import type { InputClass } from "../types/common/named-class";

const ENUMS = new Map<string, Record<string, string>>();
const FILTERS = new Map<string, InputClass>();

/**
 * The GraphQL enum of a closed vocabulary: SCREAMING_CASE names whose internal values are the
 * stored values, so filters and sorting travel to Cypher unchanged. Registered once per name.
 */
export function vocabularyEnum(vocabulary: Vocabulary): Record<string, string> {
  let enumObject = ENUMS.get(vocabulary.name);
  if (!enumObject) {
    enumObject = Object.fromEntries(vocabulary.values.map(v => [v.name, v.stored]));
    registerEnumType(enumObject, {
      name: vocabulary.name,
      description: vocabulary.description,
      valuesConfig: Object.fromEntries(
        vocabulary.values.map(v => [v.name, { description: v.description }]),
      ),
    });
    ENUMS.set(vocabulary.name, enumObject);
  }
  return enumObject;
}

/** `<Vocabulary>Filter`: eq / in / isNull over the enum. */
export function vocabularyFilter(vocabulary: Vocabulary): InputClass {
  let filter = FILTERS.get(vocabulary.name);
  if (!filter) {
    filter = operatorInput(
      `${vocabulary.name}Filter`,
      `Operators on a ${vocabulary.name} value.`,
      vocabularyEnum(vocabulary) as unknown as Scalar,
      [EQ, IN, IS_NULL],
    );
    FILTERS.set(vocabulary.name, filter);
  }
  return filter;
}

/** The vocabulary of an `enum` property (a registry error when it has none). */
export function requireVocabulary(prop: PropDef): Vocabulary {
  if (!prop.vocabulary) {
    throw new Error(`enum property ${prop.name} has no vocabulary`);
  }
  return prop.vocabulary;
}
