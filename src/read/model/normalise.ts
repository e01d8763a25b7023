/**
 * Case- and accent-insensitive matching for names: both sides are folded to lower case without
 * combining marks ("Élève" → "eleve"). The stored `_search_<prop>` property (written by
 * `prepareSearch`) is used when present; the Cypher fold below is the fallback.
 */
export function foldText(value: string): string {
  return value.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

// Combining marks found in French and neighbouring languages (grave, acute, circumflex, tilde,
// macron, breve, dot, diaeresis, ring, double acute, caron, cedilla, ogonek).
const MARKS = [
  "0300",
  "0301",
  "0302",
  "0303",
  "0304",
  "0306",
  "0307",
  "0308",
  "030A",
  "030B",
  "030C",
  "0327",
  "0328",
];

export function foldCypher(expression: string): string {
  let folded = `normalize(toLower(${expression}), NFD)`;
  for (const mark of MARKS) {
    folded = `replace(${folded}, '\\u${mark}', '')`;
  }
  return folded;
}

export const searchPropName = (prop: string): string => `_search_${prop}`;

/** The folded value of a text property of `alias`: stored if prepared, computed otherwise. */
export function foldedProp(alias: string, prop: string): string {
  return `coalesce(${alias}.${searchPropName(prop)}, ${foldCypher(`${alias}.${prop}`)})`;
}
