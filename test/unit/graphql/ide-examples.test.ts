import { parse, validate } from "graphql";
import { createSchema } from "../../../src/graphql/schema";
import { IDE_EXAMPLES } from "../../../src/http/ide-examples";

describe("the IDE's example tabs", () => {
  test("one tab per kind of user, each valid against the schema without deprecated names", async () => {
    const schema = await createSchema();
    expect(IDE_EXAMPLES.map(e => e.title)).toEqual([
      "Strategy analyst",
      "Front-end list page",
      "Sovereignty reviewer",
    ]);
    for (const example of IDE_EXAMPLES) {
      expect(validate(schema, parse(example.query))).toEqual([]);
      expect(example.query).not.toMatch(/\blabel:|\blimit:|sortBy|currentPhase|\btypes:/);
    }
  });
});
