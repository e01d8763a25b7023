/** The reference to a graph entity that analytics results carry (label, natural key, name). */
import type { Row } from "../../db";
import { str } from "./rows";

import type { EntityRef } from "./types/entity-ref.type";

/** A graph entity named in an analytic result (the GraphQL `EntityRef`, declared once). */
export type EntityRefData = EntityRef;

/** Graph id used inside the in-process algorithms: `Label:key` (stable across reloads). */
export const refId = (r: { label: string; key: string }): string => `${r.label}:${r.key}`;

/** Reads `{label, key, name}` from a Cypher map (see the `ref` projections in cypher/analytics). */
export function toRef(row: Row): EntityRefData {
  const key = str(row, "key");
  return { label: str(row, "label"), key, name: str(row, "name", key) };
}

/** Sort order of refs: label, then key. */
export function compareRefs(a: EntityRefData, b: EntityRefData): number {
  return a.label < b.label
    ? -1
    : a.label > b.label
      ? 1
      : a.key < b.key
        ? -1
        : a.key > b.key
          ? 1
          : 0;
}
