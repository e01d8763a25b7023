/**
 * The `Method` object returned with every analytic, so a reader can check what a number means:
 * which definition, which parameters, which references, when, and what the data did not cover.
 */

import type { Method, MethodParameterValue } from "./types/method.type";

export type { Method, MethodParameterValue };

/** Input of {@link buildMethod}; `computedAt` defaults to the current time. */
export interface MethodInput {
  name: string;
  formula: string;
  parameters?: Record<string, MethodParameterValue | undefined>;
  references?: readonly string[];
  coverageNotes?: readonly string[];
  computedAt?: string | Date;
}

/**
 * Builds a {@link Method}: drops `undefined` parameters (turned into absent keys), sorts nothing
 * (callers decide the order), copies arrays so the result is not aliased.
 *
 * Reference (the explainability requirement): https://chaoss.community/kb/metric-contributors/
 * ("filters" and "parameters" sections of every CHAOSS metric).
 */
export function buildMethod(input: MethodInput): Method {
  const parameters: Record<string, MethodParameterValue> = {};
  for (const [key, value] of Object.entries(input.parameters ?? {})) {
    if (value !== undefined) {
      parameters[key] = value;
    }
  }
  const computedAt =
    input.computedAt === undefined
      ? new Date().toISOString()
      : typeof input.computedAt === "string"
        ? input.computedAt
        : input.computedAt.toISOString();
  return {
    name: input.name,
    formula: input.formula,
    parameters,
    references: [...(input.references ?? [])],
    computedAt,
    coverageNotes: [...(input.coverageNotes ?? [])],
  };
}

const BEYOND_FIRST = " beyond the first rows not returned";

/** Coverage note of a list cut to its first `first` rows: how many rows were left out. */
export function beyondFirstNote(total: number, first: number, what = "row(s)"): string {
  return `${Math.max(0, total - first)} ${what}${BEYOND_FIRST} (first = ${first})`;
}

/** Whether a coverage note is a {@link beyondFirstNote} (a paged API replaces it with its own). */
export const isBeyondFirstNote = (note: string): boolean => note.includes(BEYOND_FIRST);
