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
  if (Array.isArray(value)) {
    return value.map(toNative);
  }
  if (typeof value === "object") {
    if (isNode(value) || isRelationship(value)) {
      return toNative(value.properties);
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = toNative(v);
    }
    return out;
  }
  return value;
}
