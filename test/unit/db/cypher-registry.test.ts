import { CYPHER_DIR } from "../../../src/paths";
import { CypherRegistry, splitStatements } from "../../../src/db/cypher-registry";

describe("CypherRegistry", () => {
  test("loads every query file by its path", () => {
    const registry = CypherRegistry.load(CYPHER_DIR);
    expect(registry.names()).toContain("system/count-by-label");
    expect(registry.get("system/count-by-label")).toMatch(/RETURN label, count/);
  });

  test("fails on an unknown name", () => {
    expect(() => CypherRegistry.load(CYPHER_DIR).get("nope/missing")).toThrow(
      "unknown Cypher query 'nope/missing'",
    );
  });

  test("no query file splices values into Cypher", () => {
    const registry = CypherRegistry.load(CYPHER_DIR);
    for (const name of registry.names()) {
      expect({ name, splices: /\$\{/.test(registry.get(name)) }).toEqual({ name, splices: false });
    }
  });

  test("splitStatements drops comments and blanks", () => {
    expect(splitStatements("// a comment\nCREATE (a);\n\nCREATE (b);\n")).toEqual([
      "CREATE (a)",
      "CREATE (b)",
    ]);
  });
});
