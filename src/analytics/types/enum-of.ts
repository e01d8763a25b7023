import { registerEnumType } from "type-graphql";

/** A GraphQL enum object: each value is its own name (`{ DIRECT: "DIRECT", … }`). */
export type EnumOf<V extends string> = { readonly [K in V]: K };

/**
 * Registers a GraphQL enum whose values are the domain's own list (declared once, in src/analytics,
 * src/model or a service), in that order; only the descriptions are written here. Returns the
 * enum object for `@Field(_type => X)` and `@Arg(…, _type => X)`.
 */
export function enumOf<const V extends string>(
  values: readonly V[],
  config: {
    name: string;
    description: string;
    valuesConfig: { [K in V]: { description: string; deprecationReason?: string } };
  },
): EnumOf<V> {
  const object = Object.fromEntries(values.map(v => [v, v])) as EnumOf<V>;
  registerEnumType(object, config);
  return object;
}
