/**
 * `first`/`after` on analytics lists. An analytic's list is computed whole and in a stable order,
 * so its cursors are opaque positions in that order (bound to the field they came from); the
 * deprecated `limit` still works as `first`.
 */
import { BadUserInputError } from "../../errors";
import { decodeCursor, encodeCursor } from "../../query/cursor";
import { checkInt } from "../../services/analytics/limits";
import type { PageInfo } from "../types/common/page-info.type";

export interface PageArgs {
  first: number | null;
  after: string | null;
  /** The deprecated alias of `first`. */
  limit?: number | null;
}

/** Rows [offset, end) of the full ordered list. */
export interface PageWindow {
  field: string;
  offset: number;
  end: number;
  /** How many rows to ask the service for: one past the page, to know whether one follows. */
  fetch: number;
}

const signature = (field: string) => `analytics:${field}`;

function positionOf(field: string, after: string): number {
  const position = decodeCursor(after, signature(field), 1, "after")[0];
  if (typeof position !== "number" || !Number.isInteger(position) || position < 0) {
    throw new BadUserInputError("'after' is not a valid cursor", { argument: "after" });
  }
  return position;
}

/** Validates the paging arguments of an analytics field (`max` = its largest list). */
export function pageWindow(
  field: string,
  args: PageArgs,
  defaults: { first: number; max: number },
): PageWindow {
  if (args.first != null && args.limit != null) {
    throw new BadUserInputError("give first or the deprecated limit, not both", {
      argument: "first",
    });
  }
  const argument = args.first == null && args.limit != null ? "limit" : "first";
  const size = checkInt(args.first ?? args.limit ?? defaults.first, argument, 1, defaults.max);
  const offset = args.after ? positionOf(field, args.after) + 1 : 0;
  const end = offset + size;
  if (end > defaults.max) {
    throw new BadUserInputError(
      `${field} lists at most ${defaults.max} rows: the page after this cursor ends at ${end}`,
      { argument: "after", max: defaults.max },
    );
  }
  return { field, offset, end, fetch: Math.min(end + 1, defaults.max) };
}

/** The page's rows out of the service's list (which holds rows 0…fetch-1). */
export function pageRows<T>(window: PageWindow, rows: readonly T[]): T[] {
  return rows.slice(window.offset, window.end);
}

/** Relay page information of a page taken by {@link pageRows}. */
export function pageInfo(window: PageWindow, fetched: number): PageInfo {
  const count = Math.max(0, Math.min(fetched, window.end) - window.offset);
  const cursor = (i: number) => encodeCursor(signature(window.field), [i]);
  return {
    hasNextPage: fetched > window.end,
    hasPreviousPage: window.offset > 0,
    startCursor: count > 0 ? cursor(window.offset) : null,
    endCursor: count > 0 ? cursor(window.offset + count - 1) : null,
  };
}
