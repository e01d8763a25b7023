import type { Vocabulary } from "./vocabularies";

/**
 * The entity registry's vocabulary. Everything the query layer splices into Cypher (labels,
 * relationship types, property names) comes from these definitions; user input only ever
 * travels as parameters.
 */
export type PropKind =
  | "string"
  | "text"
  | "int"
  | "float"
  | "boolean"
  | "date"
  | "url"
  | "stringList"
  | "intList"
  | "enum";

export interface PropDef {
  name: string;
  kind: PropKind;
  description?: string;
  /** Stored property behind the field when it differs from `name`. */
  stored?: string;
  /** The closed vocabulary of an `enum` property. */
  vocabulary?: Vocabulary;
  /** Kept for one release: the reason and its replacement. */
  deprecationReason?: string;
}

/** The stored property a field reads. */
export const storedName = (prop: PropDef): string => prop.stored ?? prop.name;
