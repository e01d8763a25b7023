import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { NoDeprecatedCustomRule, parse, validate } from "graphql";
import { REPO_ROOT } from "../../../src/paths";
import { createSchema } from "../../../src/graphql/schema";

const OPERATIONS_DIR = path.join(REPO_ROOT, "web", "src", "api", "operations");

describe("the explorer's operations", () => {
  test("use no deprecated field, argument or enum value of the API", async () => {
    const schema = await createSchema();
    const files = readdirSync(OPERATIONS_DIR).filter(f => f.endsWith(".graphql"));
    expect(files.length).toBeGreaterThan(0);
    const document = parse(
      files.map(f => readFileSync(path.join(OPERATIONS_DIR, f), "utf8")).join("\n"),
    );
    const messages = validate(schema, document, [NoDeprecatedCustomRule]).map(e => e.message);
    expect(messages).toEqual([]);
  });
});
