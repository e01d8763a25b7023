import { BadUserInputError } from "../../errors";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface PageWindow {
  size: number;
  backward: boolean;
  after?: string;
  before?: string;
}

/** Validates Relay arguments: `first` or `last` (not both), each between 0 and 100. */
export function pageWindow(args: PageArgs): PageWindow {
  const { first, last } = args;
  if (present(first) && present(last)) {
    throw new BadUserInputError("pass either `first` or `last`, not both", { argument: "last" });
  }
  for (const [name, value] of [
    ["first", first],
    ["last", last],
  ] as const) {
    if (present(value) && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw new BadUserInputError(
        `\`${name}\` must be between 0 and ${MAX_PAGE_SIZE} (got ${value})`,
        {
          argument: name,
          max: MAX_PAGE_SIZE,
        },
      );
    }
  }
  const backward = present(last);
  return {
    size: (backward ? last : first) ?? DEFAULT_PAGE_SIZE,
    backward,
    after: args.after ?? undefined,
    before: args.before ?? undefined,
  };
}

function present(v: number | null | undefined): v is number {
  return v !== undefined && v !== null;
}
