import { hopsPattern } from "../../../src/read/model/patterns";
import { relationOf, requireEntity } from "../../../src/read/model";
import {
  belongsToAMinistry,
  memberHops,
  ministryHops,
} from "../../../src/read/model/ministry-membership";

describe("the one 'belongs to ministry M' definition", () => {
  test("a start-up belongs through its sponsors, PART_OF or SAME_AS", () => {
    expect(hopsPattern("s", ministryHops("Startup"), "m")).toBe(
      "(s)-[:SPONSORED_BY]->(:Organization)-[:PART_OF|SAME_AS]->(m:Ministry)",
    );
  });

  test("a repository owned by the ministry itself or by one of its bodies (optional hop)", () => {
    expect(hopsPattern("r", ministryHops("Repository"), "m")).toBe(
      "(r)-[:OWNED_BY]->(:Organization|Ministry)-[:PART_OF|SAME_AS*0..1]->(m:Ministry)",
    );
    expect(hopsPattern("m", memberHops("Repository"), "r")).toBe(
      "(m)<-[:PART_OF|SAME_AS*0..1]-(:Organization|Ministry)<-[:OWNED_BY]-(r:Repository)",
    );
    expect(belongsToAMinistry("r", "Repository")).toBe(
      "EXISTS { (r)-[:OWNED_BY]->(:Organization|Ministry)-[:PART_OF|SAME_AS*0..1]->(:Ministry) }",
    );
  });

  test("entity fields and groupBy read the definition, in both directions", () => {
    const ministry = requireEntity("Ministry");
    expect(relationOf(ministry, "sponsoredStartups")?.hops).toEqual(memberHops("Startup"));
    expect(relationOf(ministry, "repositories")?.hops).toEqual(memberHops("Repository"));
    expect(relationOf(requireEntity("Organization"), "ministries")?.hops).toEqual(
      ministryHops("Organization"),
    );
    const startupGroup = requireEntity("Startup").groups.find(g => g.field === "ministry");
    expect(startupGroup?.kind === "path" && startupGroup.hops).toEqual(ministryHops("Startup"));
  });
});
