/** The one sort input shape on rankings: `sort: [{ <measure>: DESC }]`, one criterion. */
import { BadUserInputError } from "../../errors";

/**
 * The measure named by `sort` (exactly one item with exactly one field, DESC: rankings are
 * highest first), else the deprecated `sortBy` value, else `fallback`.
 */
export function rankingMeasure<M extends string>(
  argument: string,
  sort: readonly object[] | null,
  legacy: string | null,
  fallback: M,
): M {
  if (sort && sort.length > 0) {
    if (legacy) {
      throw new BadUserInputError(`give ${argument} or the deprecated sortBy, not both`, {
        argument,
      });
    }
    const set = sort.flatMap(item =>
      Object.entries(item).filter(([, direction]) => direction !== undefined && direction !== null),
    );
    const [only] = set;
    if (set.length !== 1 || !only) {
      throw new BadUserInputError(`${argument}: a ranking takes exactly one measure`, {
        argument,
      });
    }
    if (only[1] !== "DESC") {
      throw new BadUserInputError(`${argument}: rankings are highest first; use DESC`, {
        argument,
      });
    }
    return only[0] as M;
  }
  return (legacy ?? fallback) as M;
}
