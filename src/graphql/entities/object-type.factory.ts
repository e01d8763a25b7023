import type { GraphQLScalarType } from "graphql";
import { GraphQLLocalDate, GraphQLNonNegativeInt, GraphQLURL } from "graphql-scalars";
import { Field, Float, ID, ObjectType } from "type-graphql";
import { displayPropOf, type EntityDef, type PropKind } from "../../read/model";
import { EntityType } from "../types/common/entity-kind";
import { NodeInterface } from "../types/common/node.interface";
import { Provenance } from "../types/common/provenance.type";
import { classesOf } from "./entity-classes";
import { describeProp } from "./prop-descriptions";
import { vocabularyEnum } from "./vocabulary-enum.factory";

type OutputType =
  GraphQLScalarType | typeof String | typeof Boolean | [GraphQLScalarType | typeof String];

/** GraphQL output type of each property kind (graphql-scalars for dates, URLs and counts). */
export function outputType(kind: PropKind): OutputType {
  switch (kind) {
    case "int":
      return GraphQLNonNegativeInt;
    case "float":
      return Float as unknown as GraphQLScalarType;
    case "boolean":
      return Boolean;
    case "date":
      return GraphQLLocalDate;
    case "url":
      return GraphQLURL;
    case "stringList":
      return [String];
    case "intList":
      return [GraphQLNonNegativeInt];
    default:
      return String;
  }
}

/** The entity's object type: Node id, natural key, stored properties and provenance. */
export function defineObjectType(entity: EntityDef): void {
  const cls = classesOf(entity).object;
  ObjectType(entity.typeName, { implements: NodeInterface, description: entity.description })(cls);
  Field(() => ID, { description: "Global id (use with `node(id)`)." })(cls.prototype, "id");
  Field(() => String, { description: `Natural key from the source. ${entity.keyDescription}` })(
    cls.prototype,
    "key",
  );
  Field(() => EntityType, { description: "Its entity kind: the label as an enum value." })(
    cls.prototype,
    "entityKind",
  );
  Field(() => String, {
    description: displayPropOf(entity)
      ? `A name to show people: its \`${displayPropOf(entity)}\`, or its key when that is empty.`
      : "A name to show people: its key (the records of this kind carry no name).",
  })(cls.prototype, "displayName");
  for (const prop of entity.props) {
    if (prop.name === "displayName") {
      continue; // stored under the same name (forge accounts): served by the Node field above
    }
    const type = prop.vocabulary ? vocabularyEnum(prop.vocabulary) : outputType(prop.kind);
    Field(() => type, {
      nullable: true,
      description: prop.description ?? describeProp(entity.typeName, prop),
      deprecationReason: prop.deprecationReason,
    })(cls.prototype, prop.name);
  }
  Field(() => [Provenance], {
    description: "Sources that stated this record (source, record, date, licence).",
  })(cls.prototype, "provenance");
}
