import { BadUserInputError } from "../../errors";

/**
 * Global object ids (Relay `Node.id`): base64url of `Label:key`, opaque to clients, stable across
 * reloads because the key is the record's natural key from its source.
 */
export function toGlobalId(label: string, key: string): string {
  return Buffer.from(`${label}:${key}`, "utf8").toString("base64url");
}

export function fromGlobalId(id: string): { label: string; key: string } {
  const decoded = Buffer.from(id, "base64url").toString("utf8");
  const colon = decoded.indexOf(":");
  if (
    colon <= 0 ||
    colon === decoded.length - 1 ||
    toGlobalId(decoded.slice(0, colon), decoded.slice(colon + 1)) !== id
  ) {
    throw new BadUserInputError(`'${id}' is not a valid node id`, { argument: "id" });
  }
  return { label: decoded.slice(0, colon), key: decoded.slice(colon + 1) };
}
