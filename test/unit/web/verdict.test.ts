import { describeCriterion } from "../../../web/src/logic/verdict";

describe("critical-mass verdict in French", () => {
  it("says a passed minimum with ≥ and a failed one with <", () => {
    expect(
      describeCriterion({
        criterion: "activeContributors",
        comparator: ">=",
        threshold: 10,
        value: 46,
        passed: true,
      }),
    ).toBe("atteint : contributeurs actifs = 46 ≥ 10");
    expect(
      describeCriterion({
        criterion: "elephantFactor",
        comparator: ">=",
        threshold: 2,
        value: 1,
        passed: false,
      }),
    ).toBe("non atteint : facteur éléphant (EF) = 1 < 2");
  });

  it("says shares as percentages and a failed maximum with >", () => {
    expect(
      describeCriterion({
        criterion: "unknownAffiliationShare",
        comparator: "<=",
        threshold: 0.5,
        value: 0.625,
        passed: false,
      }),
    ).toMatch(/^non atteint : part d'affiliation inconnue = 62,5\s?% > 50\s?%$/);
  });

  it("keeps an unknown criterion's API name rather than dropping it", () => {
    expect(
      describeCriterion({
        criterion: "newCriterion",
        comparator: ">=",
        threshold: 1,
        value: 1,
        passed: true,
      }),
    ).toBe("atteint : newCriterion = 1 ≥ 1");
  });
});
