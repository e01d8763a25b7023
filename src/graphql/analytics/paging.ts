/**
 * `first`/`after` on analytics lists. An analytic's list is computed whole and in a stable order,
 * so its cursors are opaque positions in that order (bound to the field they came from); the
 * deprecated `limit` still works as `first`.
 */
import { isBeyondFirstNote, type Method } from "../../analytics";
import { BadUserInputError } from "../../errors";
import { decodeCursor, encodeCursor } from "../../read";
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

/**
 * The service's method seen through the page: `first` is the page size the client asked for (not
 * the rows fetched to find the next page), `after` the row the page starts after, and the service's
 * "beyond the first rows" note is replaced by what lies before and after this page (kept when the
 * page ends at the list's maximum: no row past it was fetched, so only the service can count them).
 */
export function pagedMethod(method: Method, window: PageWindow, fetched: number): Method {
  const info = pageInfo(window, fetched);
  const count = Math.max(0, Math.min(fetched, window.end) - window.offset);
  const rows = count > 0 ? `rows ${window.offset + 1}…${window.offset + count}` : "no row";
  const lookahead = window.fetch > window.end;
  const { first: _fetched, ...parameters } = method.parameters;
  return {
    ...method,
    parameters: {
      ...parameters,
      first: window.end - window.offset,
      ...(window.offset > 0 ? { after: `row ${window.offset}` } : {}),
    },
    coverageNotes: [
      ...method.coverageNotes.filter(n => !lookahead || !isBeyondFirstNote(n)),
      `this page: ${rows}; ${
        info.hasNextPage
          ? "more rows follow (pageInfo.endCursor)"
          : lookahead
            ? "no row follows"
            : "the page ends at the largest list served"
      }`,
    ],
  };
}
