import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { type EntityRecord, relationshipConnection } from "../../read";
import { type EntityDef, requireEntity } from "../../read/model";
import { type InputClass, namedClass } from "../types/common/named-class";
import { declareConnectionArgs } from "./connection-args";
import { edgeWhereClass } from "./edge-where-input.factory";
import { classesOf } from "./entity-classes";

type Method = (...args: unknown[]) => unknown;

/**
 * Relationship fields of one entity. Each returns a lazy connection planned from the field's
 * selection and arguments (read by name from the plan, not from the resolver's parameters),
 * already read when the parent's statement fetched it as a nested subquery, otherwise through
 * per-request DataLoaders.
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
    proto[relation.field] = function related(info: unknown, parent: unknown, ctx: unknown) {
      return relationshipConnection(
        ctx as Context,
        entity,
        relation,
        target,
        parent as EntityRecord,
        info as GraphQLResolveInfo,
      );
    };
    const descriptor = Object.getOwnPropertyDescriptor(proto, relation.field) as PropertyDescriptor;
    FieldResolver(() => targetClasses.connection, { description: relation.description })(
      proto,
      relation.field,
      descriptor,
    );
    // the resolver reads its three first parameters; the arguments, declared for the schema
    // after them, reach the plan by name
    Info()(proto, relation.field, 0);
    Root()(proto, relation.field, 1);
    Ctx()(proto, relation.field, 2);
    declareConnectionArgs(proto, relation.field, 3, targetClasses);
    if (edgeClass) {
      Arg("edge", () => edgeClass, {
        nullable: true,
        description: "Keep the related nodes through a relationship matching this filter.",
      })(proto, relation.field, 9);
    }
  }
  Resolver(() => classesOf(entity).object)(cls);
  return cls;
}
