/**
 * The API's vocabulary rules, checked on the built schema (test/unit/graphql/schema-conventions):
 * a new field that breaks one fails the build, and old names survive only as deprecated aliases.
 */
import {
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLSchema,
  type GraphQLType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from "graphql";

const SCREAMING_CASE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
/** Enums that name a kind of entity; only `kind`/`kinds` may carry them. */
const KIND_ENUMS = new Set(["EntityType"]);
/**
 * Output fields that may carry an entity kind: `kind` (an analytics subject's kind) and
 * `entityKind` (a Node's own kind, named apart because `Partner.kind` already has a meaning).
 */
const KIND_FIELDS = new Set(["kind", "entityKind"]);
/** Retired names: only allowed deprecated. */
const RETIRED_ARGUMENTS = new Set(["limit", "sortBy", "labels", "types"]);

type Input = GraphQLArgument | GraphQLInputField;

const userTypes = (schema: GraphQLSchema) =>
  Object.values(schema.getTypeMap()).filter(t => !t.name.startsWith("__"));

function fieldsOf(schema: GraphQLSchema): Array<[string, GraphQLField<unknown, unknown>]> {
  return userTypes(schema).flatMap(t =>
    isObjectType(t) || isInterfaceType(t)
      ? Object.values(t.getFields()).map(f => [`${t.name}.${f.name}`, f] as [string, typeof f])
      : [],
  );
}

function inputsOf(schema: GraphQLSchema): Array<[string, Input]> {
  const args = fieldsOf(schema).flatMap(([path, f]) =>
    f.args.map(a => [`${path}(${a.name})`, a] as [string, Input]),
  );
  const inputFields = userTypes(schema).flatMap(t =>
    isInputObjectType(t)
      ? Object.values(t.getFields()).map(f => [`${t.name}.${f.name}`, f] as [string, Input])
      : [],
  );
  return [...args, ...inputFields];
}

const unwrap = (type: GraphQLType): GraphQLType =>
  type instanceof GraphQLNonNull ? unwrap(type.ofType) : type;

/** `[X!]` where X is an input object whose every field is a SortDirection. */
function isSortShape(type: GraphQLType): boolean {
  const list = unwrap(type);
  if (!(list instanceof GraphQLList)) {
    return false;
  }
  const item = unwrap(list.ofType);
  return (
    item instanceof GraphQLInputObjectType &&
    Object.values(item.getFields()).every(f => getNamedType(f.type).name === "SortDirection")
  );
}

/** Every breach of the vocabulary rules, one line each (empty when the schema complies). */
export function conventionViolations(schema: GraphQLSchema): string[] {
  const out: string[] = [];
  for (const t of userTypes(schema)) {
    if (isEnumType(t)) {
      for (const v of t.getValues()) {
        if (!SCREAMING_CASE.test(v.name) && !v.deprecationReason) {
          out.push(`${t.name}.${v.name}: enum values are SCREAMING_CASE`);
        }
      }
    }
  }
  for (const [path, input] of inputsOf(schema)) {
    const named = getNamedType(input.type).name;
    const live = !input.deprecationReason;
    if (live && path.includes("(") && RETIRED_ARGUMENTS.has(input.name)) {
      out.push(`${path}: '${input.name}' is retired (first/after, sort, kinds)`);
    }
    if (live && input.name === "sort" && !isSortShape(input.type)) {
      out.push(`${path}: sort takes a list of { field: SortDirection } inputs`);
    }
    if (live && input.name === "after" && named !== "String") {
      out.push(`${path}: after is an opaque String cursor`);
    }
    if (live && input.name === "first" && named !== "Int") {
      out.push(`${path}: first is an Int page size`);
    }
    if (live && KIND_ENUMS.has(named) && !["kind", "kinds"].includes(input.name)) {
      out.push(`${path}: a kind of entity is named 'kind' / 'kinds'`);
    }
    if (live && named === "AnalyticsLabel") {
      out.push(`${path}: AnalyticsLabel survives only on deprecated names; use EntityType`);
    }
  }
  for (const [path, field] of fieldsOf(schema)) {
    const live = !field.deprecationReason;
    const named = getNamedType(field.type).name;
    if (live && KIND_ENUMS.has(named) && !KIND_FIELDS.has(field.name)) {
      out.push(`${path}: a kind of entity is named 'kind' (or 'entityKind' for a Node's own kind)`);
    }
    if (live && named === "AnalyticsLabel") {
      out.push(`${path}: AnalyticsLabel survives only on deprecated names; use EntityType`);
    }
    const argNames = new Set(field.args.map(a => a.name));
    if (argNames.has("after") && !argNames.has("first")) {
      out.push(`${path}: 'after' without 'first'`);
    }
  }
  return out;
}

export interface DescriptionCoverage {
  described: number;
  total: number;
  missing: string[];
}

/** Types, fields, arguments, input fields and enum values with a non-empty description. */
export function descriptionCoverage(schema: GraphQLSchema): DescriptionCoverage {
  const items: Array<[string, string | null | undefined]> = [];
  for (const t of userTypes(schema)) {
    items.push([t.name, t.description]);
    if (isEnumType(t)) {
      t.getValues().forEach(v => items.push([`${t.name}.${v.name}`, v.description]));
    }
  }
  fieldsOf(schema).forEach(([path, f]) => items.push([path, f.description]));
  inputsOf(schema).forEach(([path, i]) => items.push([path, i.description]));
  const missing = items.filter(([, d]) => !d || !d.trim()).map(([path]) => path);
  return { described: items.length - missing.length, total: items.length, missing };
}
