import { BadUserInputError } from "../../errors";

type SortValue = string | number;

/**
 * Keyset cursors: opaque base64url of the ordering's signature and the row's sort values (the last
 * one being its key). Stable under inserts, unlike offsets.
 */
export function encodeCursor(signature: string, values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify([signature, values]), "utf8").toString("base64url");
}

export function decodeCursor(
  cursor: string,
  signature: string,
  size: number,
  argument: string,
): SortValue[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || !Array.isArray(parsed[1])) {
    throw new BadUserInputError(`'${argument}' is not a valid cursor`, { argument });
  }
  const [sig, values] = parsed as [unknown, unknown[]];
  if (sig !== signature) {
    throw new BadUserInputError(
      `'${argument}' was issued for another sort order; restart pagination`,
      { argument },
    );
  }
  if (
    values.length !== size ||
    !values.every(v => typeof v === "string" || typeof v === "number")
  ) {
    throw new BadUserInputError(`'${argument}' is not a valid cursor`, { argument });
  }
  return values as SortValue[];
}
