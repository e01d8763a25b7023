import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Info, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { type EntityRecord, lookupNode, notFoundWithSuggestions, rootConnection } from "../../read";
import type { EntityDef } from "../../read/model";
import { type InputClass, namedClass } from "../types/common/named-class";
import { declareConnectionArgs } from "./connection-args";
import { byKeyField, classesOf } from "./entity-classes";

type Method = (...args: unknown[]) => unknown;

/** Root fields of one entity: the `<plural>` connection and `<type>ByKey(key)`. */
export function buildRootResolver(entity: EntityDef): InputClass {
  const classes = classesOf(entity);
  const cls = namedClass(`${entity.typeName}RootResolver`);
  const proto = cls.prototype as Record<string, Method>;

  proto[entity.plural] = function list(info: unknown, ctx: unknown) {
    return rootConnection(ctx as Context, entity, info as GraphQLResolveInfo);
  };
  Query(() => classes.connection, {
    description: `${entity.description} Relay connection with filters, sorting and aggregates.`,
  })(
    proto,
    entity.plural,
    Object.getOwnPropertyDescriptor(proto, entity.plural) as PropertyDescriptor,
  );
  // the resolver reads its two first parameters; the arguments, declared for the schema after
  // them, reach the plan by name
  Info()(proto, entity.plural, 0);
  Ctx()(proto, entity.plural, 1);
  declareConnectionArgs(proto, entity.plural, 2, classes);

  const byKey = byKeyField(entity);
  proto[byKey] = async function one(
    ctx: unknown,
    key: unknown,
    info: unknown,
  ): Promise<EntityRecord> {
    const found = await lookupNode(ctx as Context, entity, String(key), info as GraphQLResolveInfo);
    if (!found) {
      throw await notFoundWithSuggestions(
        ctx as Context,
        entity.label,
        String(key),
        `No ${entity.typeName} with key '${String(key)}'.`,
        { key },
      );
    }
    return found;
  };
  Query(() => classes.object, {
    nullable: true,
    description: `One ${entity.typeName} by its natural key (NOT_FOUND error when absent).`,
  })(proto, byKey, Object.getOwnPropertyDescriptor(proto, byKey) as PropertyDescriptor);
  Ctx()(proto, byKey, 0);
  Arg("key", () => String, { description: entity.keyDescription })(proto, byKey, 1);
  Info()(proto, byKey, 2);

  Resolver()(cls);
  return cls;
}
