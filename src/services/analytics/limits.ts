/** Validation of analytic arguments: every refusal is a BAD_USER_INPUT naming the argument. */
import { BadUserInputError } from "../../errors";

/** Hard cap of every traversal depth (the `{1,6}` quantifier of the Cypher files). */
export const MAX_DEPTH_CAP = 6;

/** Checks an integer argument within [min, max]. */
export function checkInt(value: number, argument: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(
      `${argument} must be an integer between ${min} and ${max}, got ${value}`,
      { argument, min, max },
    );
  }
  return value;
}

/** Checks a traversal depth (1…6). */
export const checkDepth = (value: number, argument = "maxDepth"): number =>
  checkInt(value, argument, 1, MAX_DEPTH_CAP);

/** Checks a number within [min, max] (not necessarily an integer). */
export function checkRange(value: number, argument: string, min: number, max: number): number {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new BadUserInputError(`${argument} must be between ${min} and ${max}, got ${value}`, {
      argument,
    });
  }
  return value;
}

/** Checks an ISO date (`YYYY-MM-DD` or full timestamp); null/undefined pass through. */
export function checkDate(value: string | null | undefined, argument: string): string | undefined {
  if (value === null || value === undefined) {
    return undefined;
  }
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new BadUserInputError(`${argument} must be an ISO date (YYYY-MM-DD), got '${value}'`, {
      argument,
    });
  }
  return value;
}
