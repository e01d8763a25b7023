import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { type EntityDef, requireEntity } from "../../read/model";
import { EntityConnection } from "../../read/execute/connection";
import type { EntityRecord } from "../../read/execute/entity-record";
import { nestedId, prefetchedOf } from "../../read/plan/nested-plan";
import { type InputClass, namedClass } from "../types/common/named-class";
import { argsKey, collectArgs } from "../../read/plan/connection-args";
import { declareConnectionArgs } from "./connection-args";
import { edgeWhereClass } from "./edge-where-input.factory";
import { classesOf } from "./entity-classes";
import { connectionSelection } from "../../read/plan/selection";

type Method = (...args: unknown[]) => unknown;

/**
 * Relationship fields of one entity. Each returns a lazy connection: already read when the
 * parent's statement fetched it as a nested subquery, otherwise through per-request DataLoaders.
 * Either way the statement count does not grow with the number of parents.
 */
export function buildRelationshipResolver(entity: EntityDef): InputClass | undefined {
  if (entity.relations.length === 0) {
    return undefined;
  }
  const cls = namedClass(`${entity.typeName}RelationshipResolver`);
  const proto = cls.prototype as Record<string, Method>;
  for (const relation of entity.relations) {
    const target = requireEntity(relation.target);
    const targetClasses = classesOf(target);
    const edgeClass = relation.edge ? edgeWhereClass(relation.edge) : undefined;
    proto[relation.field] = function related(parent: unknown, ctx: unknown, ...values: unknown[]) {
      const args = collectArgs(values.slice(0, edgeClass ? 7 : 6));
      const info = values[edgeClass ? 7 : 6] as GraphQLResolveInfo | undefined;
      const key = argsKey(args);
      const record = parent as EntityRecord;
      return new EntityConnection(
        ctx as Context,
        {
          entity: target,
          scope: { kind: "relation", parent: entity, relation },
          where: args.where,
          edge: args.edge,
          parentKey: record.key,
          argsKey: key,
        },
        args,
        connectionSelection(target, info),
        prefetchedOf(record, nestedId(relation.field, key)),
      );
    };
    const descriptor = Object.getOwnPropertyDescriptor(proto, relation.field) as PropertyDescriptor;
    FieldResolver(() => targetClasses.connection, { description: relation.description })(
      proto,
      relation.field,
      descriptor,
    );
    Root()(proto, relation.field, 0);
    Ctx()(proto, relation.field, 1);
    declareConnectionArgs(proto, relation.field, 2, targetClasses);
    if (edgeClass) {
      Arg("edge", () => edgeClass, {
        nullable: true,
        description: "Keep the related nodes through a relationship matching this filter.",
      })(proto, relation.field, 8);
    }
    Info()(proto, relation.field, edgeClass ? 9 : 8);
  }
  Resolver(() => classesOf(entity).object)(cls);
  return cls;
}
