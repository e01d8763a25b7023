import { parse } from "graphql";
import * as aggregateQuery from "../../../src/read/compile/aggregate-query";
import * as pageQuery from "../../../src/read/compile/page-query";
import * as selection from "../../../src/read/plan/selection";
import { translate } from "./translation-harness";

/**
 * Plans are built once per operation (document and variables) and keep the statements compiled
 * from them: a repeated operation runs the same statements without planning or compiling.
 */
describe("plan and compile cache", () => {
  const spies = () => ({
    plans: jest.spyOn(selection, "connectionSelection"),
    lookups: jest.spyOn(selection, "nodeSelection"),
    pages: jest.spyOn(pageQuery, "pageStatement"),
    lookupStatements: jest.spyOn(pageQuery, "lookupStatement"),
    stats: jest.spyOn(aggregateQuery, "statsStatement"),
  });
  const calls = (s: ReturnType<typeof spies>) =>
    Object.values(s).reduce((sum, spy) => sum + spy.mock.calls.length, 0);

  afterEach(() => jest.restoreAllMocks());

  test("a repeated operation plans and compiles nothing, and sends the same statements", async () => {
    const document = parse(`query ($phase: StartupPhase) {
      startups(first: 3, where: { phase: { eq: $phase } }) {
        totalCount nodes { key members(first: 2) { nodes { key } } } aggregate { count } }
      softwareByKey(key: "lasuite:docs") { name users(first: 2) { nodes { key } } } }`);
    const s = spies();
    const first = await translate(document, { phase: "CONSTRUCTION" });
    expect(calls(s)).toBeGreaterThanOrEqual(5);
    jest.clearAllMocks();
    const again = await translate(document, { phase: "CONSTRUCTION" });
    expect(calls(s)).toBe(0);
    expect(again).toEqual(first);

    // other variables: planned and compiled again, with their own values
    const other = await translate(document, { phase: "ACCELERATION" });
    expect(s.pages).toHaveBeenCalled();
    expect(JSON.stringify(other.statements)).toContain("acceleration");
    expect(JSON.stringify(other.statements)).not.toContain("construction");
  });
});
