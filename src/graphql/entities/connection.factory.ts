import { GraphQLNonNegativeInt } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { type EntityDef, isNumeric } from "../../read/model";
import { GroupCount, NumericAggregate } from "../types/common/aggregate.types";
import { PageInfo } from "../types/common/page-info.type";
import { RelationshipDetails } from "../types/common/relationship-details.type";
import { classesOf } from "./entity-classes";
import { describeProp } from "./prop-descriptions";

/** `<Type>Connection`, `<Type>Edge`, `<Type>Aggregate` and `<Type>GroupBy`. */
export function defineConnectionTypes(entity: EntityDef): void {
  const c = classesOf(entity);
  const name = entity.typeName;

  ObjectType(`${name}Edge`, { description: `A ${name} in a connection, with its cursor.` })(c.edge);
  Field(() => String, { description: "Opaque keyset cursor." })(c.edge.prototype, "cursor");
  Field(() => c.object, { description: `The ${name}.` })(c.edge.prototype, "node");
  Field(() => [RelationshipDetails], {
    description: "The relationships from the parent to this node (empty on root connections).",
  })(c.edge.prototype, "relationships");

  ObjectType(`${name}Connection`, { description: `A page of ${name} (Relay connection).` })(
    c.connection,
  );
  const conn = c.connection.prototype as object;
  Field(() => [c.edge], { description: "The page's rows, each with its cursor." })(conn, "edges");
  Field(() => [c.object], { description: "The page's nodes (shortcut for edges.node)." })(
    conn,
    "nodes",
  );
  Field(() => PageInfo, { description: "Cursors and whether more rows follow or precede." })(
    conn,
    "pageInfo",
  );
  Field(() => GraphQLNonNegativeInt, {
    description: "Number of nodes matching the filter (computed only when selected).",
  })(conn, "totalCount");
  Field(() => c.aggregate, { description: "Aggregates over every node matching the filter." })(
    conn,
    "aggregate",
  );

  ObjectType(`${name}Aggregate`, { description: `Aggregates over a set of ${name}.` })(c.aggregate);
  const agg = c.aggregate.prototype as object;
  Field(() => GraphQLNonNegativeInt, { description: "Number of nodes matching the filter." })(
    agg,
    "count",
  );
  for (const prop of entity.props.filter(isNumeric)) {
    Field(() => NumericAggregate, {
      description: `Statistics of ${prop.name}: ${describeProp(entity.typeName, prop)}`,
    })(agg, prop.name);
  }
  if (entity.groups.length > 0) {
    Field(() => c.groupBy, { description: "Counts per group (largest first)." })(agg, "groupBy");
    ObjectType(`${name}GroupBy`, { description: `Group dimensions of ${name}.` })(c.groupBy);
    for (const group of entity.groups) {
      Field(() => [GroupCount], { description: group.description })(
        c.groupBy.prototype,
        group.field,
      );
    }
  }
}
