import { Arg, Int } from "type-graphql";
import { MAX_PAGE_SIZE } from "../../read";
import type { EntityClasses } from "./entity-classes";

/** Declares the six connection arguments as parameters `from`…`from+5` of a resolver method. */
export function declareConnectionArgs(
  proto: object,
  method: string,
  from: number,
  classes: EntityClasses,
): void {
  const page = `Page size, 0-${MAX_PAGE_SIZE} (default 20).`;
  Arg("first", () => Int, { nullable: true, description: page })(proto, method, from);
  Arg("after", () => String, { nullable: true, description: "Cursor to continue forward from." })(
    proto,
    method,
    from + 1,
  );
  Arg("last", () => Int, { nullable: true, description: `Page size from the end. ${page}` })(
    proto,
    method,
    from + 2,
  );
  Arg("before", () => String, { nullable: true, description: "Cursor to continue backward from." })(
    proto,
    method,
    from + 3,
  );
  Arg("where", () => classes.where, {
    nullable: true,
    description: "Keep only the nodes matching this filter.",
  })(proto, method, from + 4);
  Arg("sort", () => [classes.sort], {
    nullable: true,
    description: "Criteria in order; key breaks ties.",
  })(proto, method, from + 5);
}
