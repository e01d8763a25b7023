import { escapeLucene, luceneQuery } from "../../../src/read/compile/search-query";
import { foldText } from "../../../src/read/model/normalise";

describe("full-text query building", () => {
  test("Lucene syntax in user input is escaped", () => {
    expect(escapeLucene('a+b:"c"*')).toBe('a\\+b\\:\\"c\\"\\*');
    expect(luceneQuery("docs AND (x")).toBe(
      "(docs^3 OR docs*) AND (and^3 OR and*) AND (\\(x^3 OR \\(x*)",
    );
  });

  test("accents and case are folded; empty queries are refused", () => {
    expect(luceneQuery("Élève")).toBe("(eleve^3 OR eleve*)");
    expect(foldText("Ministère des Armées")).toBe("ministere des armees");
    expect(() => luceneQuery("   ")).toThrow(/empty/);
  });
});
