import { GraphQLError } from "graphql";
import { DatabaseUnavailableError, ErrorCode } from "../../../src/errors";
import { makeFormatError } from "../../../src/graphql/format-error";
import { createLogger } from "../../../src/logging/logger";

describe("formatError", () => {
  const format = makeFormatError(createLogger("silent"));

  test("masks unknown errors and drops internal details", () => {
    const internal = new GraphQLError("Neo.ClientError.Statement.SyntaxError: MATCH (n) RETRUN n", {
      extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at Db.run"] },
    });
    const out = format(internal.toJSON(), internal);
    expect(out).toEqual({
      message: "Internal server error",
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    });
    expect(JSON.stringify(out)).not.toMatch(/MATCH|stacktrace/);
  });

  test("lets catalogue errors through without a stack", () => {
    const error = new DatabaseUnavailableError();
    const formatted = { ...error.toJSON(), extensions: { ...error.extensions, stacktrace: ["x"] } };
    const out = format(formatted, error);
    expect(out.extensions).toEqual({ code: ErrorCode.DATABASE_UNAVAILABLE });
    expect(out.message).toMatch(/unavailable/);
  });
});
