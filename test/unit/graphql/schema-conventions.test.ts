import { buildSchema as buildSdl, type GraphQLSchema } from "graphql";
import { createSchema } from "../../../src/graphql/schema";
import { conventionViolations, descriptionCoverage } from "../../../src/graphql/schema-conventions";

describe("the API's vocabulary", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema();
  });

  test("every field, argument and enum value follows the rules", () => {
    expect(conventionViolations(schema)).toEqual([]);
  });

  test("the rules catch each kind of breach", () => {
    const bad = buildSdl(`
      enum SortDirection { ASC DESC }
      enum EntityType { SOFTWARE }
      enum Measure { pagerank }
      input ThingSort { name: SortDirection }
      type Thing { entityKind: EntityType!, kind: EntityType!, sort: EntityType! }
      type Query {
        thing: Thing
        things(limit: Int, sortBy: Measure, sort: String, types: [EntityType!]): [String]
        more(after: String): [String]
        fine(first: Int, after: String, sort: [ThingSort!], kinds: [EntityType!]): [String]
      }
    `);
    const found = conventionViolations(bad).join("\n");
    expect(found).toMatch(/Measure\.pagerank: enum values are SCREAMING_CASE/);
    expect(found).toMatch(/things\(limit\): 'limit' is retired/);
    expect(found).toMatch(/things\(sortBy\): 'sortBy' is retired/);
    expect(found).toMatch(/things\(sort\): sort takes a list/);
    expect(found).toMatch(/things\(types\): a kind of entity is named/);
    expect(found).toMatch(/more: 'after' without 'first'/);
    expect(found).toMatch(/Thing\.sort: a kind of entity is named/);
    expect(found).not.toMatch(/Thing\.(entityKind|kind)\b/);
    expect(found).not.toMatch(/fine/);
  });

  test("old names keep working, deprecated with the replacement in the reason", () => {
    const query = schema.getQueryType()!.getFields();
    const arg = (field: string, name: string) =>
      query[field]!.args.find(a => a.name === name)?.deprecationReason;
    expect(arg("dependencies", "limit")).toMatch(/first/);
    expect(arg("exposure", "limit")).toMatch(/first/);
    expect(arg("reuseMatrix", "limit")).toMatch(/first/);
    expect(arg("singlePointsOfFailure", "limit")).toMatch(/first/);
    expect(arg("communities", "limit")).toMatch(/first/);
    expect(arg("criticalMassRanking", "limit")).toMatch(/first/);
    expect(arg("criticalMassRanking", "sortBy")).toMatch(/sort/);
    expect(arg("centralityRanking", "sortBy")).toMatch(/sort/);
    expect(arg("centralityRanking", "labels")).toMatch(/kinds/);
    expect(arg("search", "types")).toMatch(/kinds/);
    const input = (type: string, field: string) => {
      const t = schema.getType(type) as unknown as {
        getFields(): Record<string, { deprecationReason?: string | null }>;
      };
      return t.getFields()[field]?.deprecationReason;
    };
    expect(input("SubjectInput", "label")).toMatch(/kind/);
    expect(input("EntityRef", "label")).toMatch(/kind/);
    expect(input("Startup", "currentPhase")).toMatch(/phase/);
    expect(input("StartupWhere", "currentPhase")).toMatch(/phase/);
    expect(input("StartupSort", "currentPhase")).toMatch(/phase/);
    expect(input("Partner", "kind")).toMatch(/partnerKind/);
    expect(input("Contributor", "sector")).toMatch(/affiliationSector/);
    expect(input("DependencyItem", "kind")).toMatch(/dependencyKind/);
    const measure = schema.getType("CentralityMeasure") as unknown as {
      getValue(name: string): { deprecationReason?: string | null } | undefined;
    };
    expect(measure.getValue("pagerank")?.deprecationReason).toMatch(/sort/);
  });

  test("closed vocabularies are enums", () => {
    const startup = schema.getType("Startup") as unknown as {
      getFields(): Record<string, { type: { toString(): string } }>;
    };
    expect(String(startup.getFields().phase?.type)).toBe("StartupPhase");
    const software = schema.getType("Software") as unknown as typeof startup;
    expect(String(software.getFields().sillStatus?.type)).toBe("SillStatus");
    const typeOf = (type: string, field: string) =>
      String((schema.getType(type) as unknown as typeof startup).getFields()[field]?.type);
    expect(typeOf("Partner", "partnerKind")).toBe("PartnerKind");
    expect(typeOf("Contributor", "affiliationSector")).toBe("Sector");
    expect(typeOf("DependencyItem", "dependencyKind")).toBe("DependencyKind");
    expect(typeOf("ContributorWhere", "affiliationSector")).toBe("SectorFilter");
  });

  test("descriptions cover 100 % of types, fields, arguments and enum values", () => {
    const coverage = descriptionCoverage(schema);
    expect(coverage.missing).toEqual([]);
    expect(coverage.described / coverage.total).toBe(1);
    expect(coverage.total).toBeGreaterThan(2000);
  });

  test("the coverage counts what lacks a description", () => {
    const coverage = descriptionCoverage(
      buildSdl(`"""Root."""\ntype Query { """Described."""\n a(x: Int): String\n b: String }`),
    );
    expect(coverage.missing).toEqual(["Query.b", "Query.a(x)"]);
  });
});
