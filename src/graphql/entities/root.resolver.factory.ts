import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Info, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { loadNode } from "../../read/execute/node-loader";
import type { EntityDef } from "../../read/model";
import { EntityConnection } from "../../read/execute/connection";
import type { EntityRecord } from "../../read/execute/entity-record";
import { type InputClass, namedClass } from "../types/common/named-class";
import { argsKey, collectArgs } from "../../read/plan/connection-args";
import { declareConnectionArgs } from "./connection-args";
import { byKeyField, classesOf } from "./entity-classes";
import { connectionSelection, nodeSelection } from "../../read/plan/selection";
import { notFoundWithSuggestions } from "../../read/execute/suggest";

type Method = (...args: unknown[]) => unknown;

/** Root fields of one entity: the `<plural>` connection and `<type>ByKey(key)`. */
export function buildRootResolver(entity: EntityDef): InputClass {
  const classes = classesOf(entity);
  const cls = namedClass(`${entity.typeName}RootResolver`);
  const proto = cls.prototype as Record<string, Method>;

  proto[entity.plural] = function list(ctx: unknown, ...values: unknown[]) {
    const args = collectArgs(values.slice(0, 6));
    const info = values[6] as GraphQLResolveInfo | undefined;
    return new EntityConnection(
      ctx as Context,
      { entity, scope: { kind: "root" }, where: args.where, argsKey: argsKey(args) },
      args,
      connectionSelection(entity, info),
    );
  };
  Query(() => classes.connection, {
    description: `${entity.description} Relay connection with filters, sorting and aggregates.`,
  })(
    proto,
    entity.plural,
    Object.getOwnPropertyDescriptor(proto, entity.plural) as PropertyDescriptor,
  );
  Ctx()(proto, entity.plural, 0);
  declareConnectionArgs(proto, entity.plural, 1, classes);
  Info()(proto, entity.plural, 7);

  const byKey = byKeyField(entity);
  proto[byKey] = async function one(
    ctx: unknown,
    key: unknown,
    info: unknown,
  ): Promise<EntityRecord> {
    const selection = nodeSelection(entity, info as GraphQLResolveInfo | undefined);
    const found = await loadNode(ctx as Context, entity, String(key), selection);
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
