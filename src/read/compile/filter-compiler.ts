import { BadUserInputError } from "../../errors";
import type { WhereInput } from "../plan/connection-args";
import { foldedProp, foldText } from "../model/normalise";
import { type ParamBag, RowParams } from "./params";
import { distinctCount, hopsPattern } from "../model/patterns";
import {
  type EdgeDef,
  type EntityDef,
  type PropDef,
  propOf,
  storedName,
  relationOf,
  requireEntity,
} from "../model";

type Ops = Record<string, unknown>;

const COMPARE: Record<string, string> = { eq: "=", lt: "<", lte: "<=", gt: ">", gte: ">=" };
const STRING_OPS: Record<string, string> = {
  contains: "CONTAINS",
  startsWith: "STARTS WITH",
  endsWith: "ENDS WITH",
};

const present = (v: unknown): boolean => v !== undefined && v !== null;
const and = (parts: string[]): string => parts.map(x => `(${x})`).join(" AND ");

/**
 * Compiles a `where` input to a Cypher predicate over `alias`. Property names, labels and types
 * come only from the registry; every value becomes a parameter. Returns "" when nothing filters.
 */
export function compileWhere(
  entity: EntityDef,
  where: WhereInput | null | undefined,
  alias: string,
  params: ParamBag,
): string {
  if (!where) {
    return "";
  }
  const parts: string[] = [];
  for (const [field, value] of Object.entries(where)) {
    if (!present(value)) {
      continue;
    }
    const part = compileField(entity, field, value, alias, params);
    if (part) {
      parts.push(part);
    }
  }
  return and(parts);
}

function compileField(
  entity: EntityDef,
  field: string,
  value: unknown,
  alias: string,
  params: ParamBag,
): string {
  if (field === "AND" || field === "OR") {
    return compileBranches(entity, field, value as WhereInput[], alias, params);
  }
  if (field === "NOT") {
    const inner = compileWhere(entity, value as WhereInput, alias, params);
    return inner ? `NOT coalesce((${inner}), false)` : "";
  }
  if (field === "key") {
    return compileScalar({ name: "key", kind: "string" }, value as Ops, alias, params);
  }
  const prop = propOf(entity, field);
  if (prop) {
    return compileScalar(prop, value as Ops, alias, params);
  }
  const relation = relationOf(entity, field);
  if (relation) {
    return compileQuantifiers(relation.target, relation.hops, value as Ops, alias, params);
  }
  const counted = field.endsWith("Aggregate")
    ? relationOf(entity, field.slice(0, -"Aggregate".length))
    : undefined;
  if (counted) {
    const count = (value as { count?: Ops }).count;
    const target = params.variable();
    return count
      ? compileOps(distinctCount(alias, counted.hops, target), count, params, x => x)
      : "";
  }
  throw new BadUserInputError(`'${field}' is not a filterable field of ${entity.typeName}`);
}

/**
 * AND/OR of branches. Branches of the same shape (same predicate once their values are taken
 * out) compile to ONE predicate over a list parameter, `any(t IN $p WHERE … t.v0 …)` for OR and
 * `all(…)` for AND, so that the statement's text — and Neo4j's planning work — does not grow
 * with the number of branches: an OR of 3 or of 300 `title: {contains}` is the same statement.
 */
function compileBranches(
  entity: EntityDef,
  field: "AND" | "OR",
  branches: WhereInput[],
  alias: string,
  params: ParamBag,
): string {
  const row = params.variable("t");
  const groups = new Map<string, { branch: WhereInput; values: Record<string, unknown>[] }>();
  for (const branch of branches) {
    const rowParams = new RowParams(row);
    const template = compileWhere(entity, branch, alias, rowParams);
    if (!template) {
      if (field === "OR") {
        return ""; // an empty branch matches everything
      }
      continue;
    }
    const group = groups.get(template) ?? { branch, values: [] };
    group.values.push(rowParams.values);
    groups.set(template, group);
  }
  if (groups.size === 0) {
    return field === "OR" ? "false" : "";
  }
  const quantifier = field === "OR" ? "any" : "all";
  const parts = [...groups].map(([template, group]) =>
    group.values.length === 1
      ? compileWhere(entity, group.branch, alias, params)
      : `${quantifier}(${row} IN ${params.add(group.values)} WHERE ${template})`,
  );
  return parts.map(x => `(${x})`).join(` ${field} `);
}

function compileQuantifiers(
  targetLabel: string,
  hops: EntityDef["relations"][number]["hops"],
  ops: Ops,
  alias: string,
  params: ParamBag,
): string {
  const target = requireEntity(targetLabel);
  const parts: string[] = [];
  for (const [quantifier, inner] of Object.entries(ops)) {
    if (!present(inner)) {
      continue;
    }
    const m = params.variable();
    const pattern = hopsPattern(alias, hops, m);
    const predicate = compileWhere(target, inner as WhereInput, m, params);
    if (quantifier === "some") {
      parts.push(
        predicate ? `EXISTS { MATCH ${pattern} WHERE ${predicate} }` : `EXISTS { ${pattern} }`,
      );
    } else if (quantifier === "none") {
      parts.push(
        predicate
          ? `NOT EXISTS { MATCH ${pattern} WHERE ${predicate} }`
          : `NOT EXISTS { ${pattern} }`,
      );
    } else if (quantifier === "all") {
      parts.push(
        predicate
          ? `NOT EXISTS { MATCH ${pattern} WHERE NOT coalesce((${predicate}), false) }`
          : "true",
      );
    } else {
      throw new BadUserInputError(`unknown relationship quantifier '${quantifier}'`);
    }
  }
  return and(parts);
}

function compileScalar(prop: PropDef, ops: Ops, alias: string, params: ParamBag): string {
  const raw = `${alias}.${storedName(prop)}`;
  if (prop.kind === "stringList" || prop.kind === "intList") {
    return compileListOps(raw, ops, params);
  }
  if (prop.kind === "text") {
    const folded = foldedProp(alias, prop.name);
    const fold = (v: unknown) =>
      Array.isArray(v) ? v.map(x => foldText(String(x))) : foldText(String(v));
    const insensitive: Ops = {};
    const sensitive: Ops = {};
    for (const [op, v] of Object.entries(ops)) {
      (["lt", "lte", "gt", "gte", "isNull"].includes(op) ? sensitive : insensitive)[op] = v;
    }
    return and(
      [
        compileOps(folded, insensitive, params, fold),
        compileOps(raw, sensitive, params, x => x),
      ].filter(Boolean),
    );
  }
  return compileOps(raw, ops, params, x => x);
}

function compileOps(
  lhs: string,
  ops: Ops,
  params: ParamBag,
  convert: (v: unknown) => unknown,
): string {
  const parts: string[] = [];
  for (const [op, value] of Object.entries(ops)) {
    if (!present(value)) {
      continue;
    }
    if (op === "isNull") {
      parts.push(value ? `${lhs} IS NULL` : `${lhs} IS NOT NULL`);
    } else if (op === "in") {
      parts.push(`${lhs} IN ${params.add(convert(value))}`);
    } else if (COMPARE[op]) {
      parts.push(`${lhs} ${COMPARE[op]} ${params.add(convert(value))}`);
    } else if (STRING_OPS[op]) {
      parts.push(`${lhs} ${STRING_OPS[op]} ${params.add(convert(value))}`);
    } else {
      throw new BadUserInputError(`unknown filter operator '${op}'`);
    }
  }
  return and(parts);
}

function compileListOps(lhs: string, ops: Ops, params: ParamBag): string {
  const parts: string[] = [];
  for (const [op, value] of Object.entries(ops)) {
    if (!present(value)) {
      continue;
    }
    if (op === "includes") {
      parts.push(`${params.add(value)} IN ${lhs}`);
    } else if (op === "includesAny") {
      parts.push(`any(x IN ${params.add(value)} WHERE x IN ${lhs})`);
    } else if (op === "includesAll") {
      parts.push(`all(x IN ${params.add(value)} WHERE x IN ${lhs})`);
    } else if (op === "isEmpty") {
      parts.push(value ? `coalesce(size(${lhs}), 0) = 0` : `size(${lhs}) > 0`);
    } else {
      throw new BadUserInputError(`unknown list filter operator '${op}'`);
    }
  }
  return and(parts);
}

/** Compiles an `edge` filter (relationship properties) to a predicate over the relationship `alias`. */
export function compileEdgeWhere(
  edge: EdgeDef,
  where: WhereInput | null | undefined,
  alias: string,
  params: ParamBag,
): string {
  return compileWhere(edgeEntity(edge), where, alias, params);
}

const EDGE_ENTITIES = new Map<string, EntityDef>();

/** An edge seen as an entity with properties and no relationships, for the shared compiler. */
function edgeEntity(edge: EdgeDef): EntityDef {
  let entity = EDGE_ENTITIES.get(edge.typeName);
  if (!entity) {
    entity = {
      label: edge.typeName,
      typeName: `${edge.typeName} relationship`,
      plural: "",
      description: "",
      keyDescription: "",
      props: edge.props,
      relations: [],
      groups: [],
    };
    EDGE_ENTITIES.set(edge.typeName, entity);
  }
  return entity;
}
