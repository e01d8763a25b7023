import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isRelationship,
  isTime,
} from "neo4j-driver";

/**
 * Converts driver values (Integer, temporal types, nodes' maps and lists) to plain JS values so that
 * no driver type leaves the database layer. Integers outside the safe range become strings.
 */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) {
    return null;
  }
  if (typeof value !== "object") {
    // strings, numbers and booleans: the common case, no driver type checks needed
    return value;
  }
  // Cypher lists and maps arrive as plain arrays and objects, fresh for each result: converted in
  // place (no copy), without driver type checks
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      value[i] = toNative(value[i]);
    }
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const k of Object.keys(map)) {
      map[k] = toNative(map[k]);
    }
    return map;
  }
  if (isInt(value)) {
    return value.inSafeRange() ? value.toNumber() : value.toString();
  }
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isNode(value) || isRelationship(value)) {
    return toNative(value.properties);
  }
  return nativeMap(value as Record<string, unknown>);
}

function nativeMap(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) {
    out[k] = toNative(value[k]);
  }
  return out;
}
