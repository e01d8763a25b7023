import { sovereigntyFindings, unmaintained, type ClosureNode } from "../../../src/analytics";

const AS_OF = "2024-06-30";

function node(key: string, licence: string | null, extra: Partial<ClosureNode> = {}): ClosureNode {
  return { key, label: key.toUpperCase(), licence, depth: 1, examplePath: ["root", key], ...extra };
}

describe("unmaintained", () => {
  it("flags more than N months without activity, not exactly N", () => {
    expect(unmaintained("2022-06-30", AS_OF)).toBe(false);
    expect(unmaintained("2022-06-29", AS_OF)).toBe(true);
    expect(unmaintained("2024-01-01", AS_OF, 6)).toBe(false);
    expect(unmaintained("2023-12-29", AS_OF, 6)).toBe(true);
  });

  it("returns null when the activity date is unknown", () => {
    expect(unmaintained(null, AS_OF)).toBeNull();
    expect(unmaintained(undefined, AS_OF)).toBeNull();
  });
});

describe("sovereigntyFindings", () => {
  const nodes: ClosureNode[] = [
    node("a", "MIT", { vendorCountry: "FR", lastActivity: "2024-05-01", absenceFactor: 3 }),
    node("b", "Propriétaire", { vendorCountry: "US", lastActivity: "2024-05-01" }),
    node("c", "GPL-3.0 OR PROPRIETARY", {
      depth: 2,
      examplePath: ["root", "a", "c"],
      vendorCountry: "DE",
    }),
    node("d", "", { lastActivity: "2021-01-01", absenceFactor: 1, isEU: true }),
    node("e", "NOASSERTION", { isEU: false }),
    node("f", "Apache-2.0", { vendorCountry: "NO", lastActivity: "2024-01-01" }),
  ];

  it("reports each rule with a reason, sorted by depth, key, kind", () => {
    const r = sovereigntyFindings(nodes, { asOf: AS_OF, computedAt: "x" });
    expect(r.findings.map(f => [f.subjectKey, f.kind, f.depth])).toEqual([
      ["b", "PROPRIETARY_LICENCE", 1],
      ["b", "NON_EU_VENDOR", 1],
      ["d", "NO_LICENCE", 1],
      ["d", "UNMAINTAINED", 1],
      ["d", "SINGLE_MAINTAINER", 1],
      ["e", "NON_EU_VENDOR", 1],
      ["c", "DUAL_COMMERCIAL_LICENCE", 2],
    ]);
    expect(r.findings[0]?.reason).toBe('B: licence "Propriétaire" classified PROPRIETARY');
    expect(r.findings[1]?.reason).toBe("B: vendor outside EU_EEA (country US)");
    expect(r.findings[2]?.reason).toBe("D: licence none declared classified NONE");
    expect(r.findings[3]?.reason).toBe("D: no activity since 2021-01-01 (> 24 months)");
    expect(r.findings[6]?.examplePath).toEqual(["root", "a", "c"]);
  });

  it("summarises classes and unknown facts", () => {
    const r = sovereigntyFindings(nodes, { asOf: AS_OF });
    expect(r.summary).toEqual({
      components: 6,
      componentsWithFindings: 4,
      byKind: {
        PROPRIETARY_LICENCE: 1,
        DUAL_COMMERCIAL_LICENCE: 1,
        NO_LICENCE: 1,
        NON_EU_VENDOR: 2,
        UNMAINTAINED: 1,
        SINGLE_MAINTAINER: 1,
      },
      licenceClasses: { OPEN: 2, PROPRIETARY: 1, DUAL_COMMERCIAL: 1, UNKNOWN: 1, NONE: 1 },
      unknownJurisdiction: 0,
      unknownActivity: 2, // c and e
      unknownMaintainers: 4, // only a and d have contributor statistics
    });
    expect(r.method.name).toContain("(ours)");
    expect(r.method.references).toContain("https://github.com/codegouvfr/floss-criteria");
  });

  it("treats Norway as inside EU_EEA but outside EU", () => {
    const strict = sovereigntyFindings(nodes, { asOf: AS_OF, jurisdiction: "EU" });
    expect(strict.findings.filter(f => f.subjectKey === "f").map(f => f.kind)).toEqual([
      "NON_EU_VENDOR",
    ]);
  });

  it("never turns unknown facts into findings", () => {
    const r = sovereigntyFindings([node("u", "Other")], { asOf: AS_OF });
    expect(r.findings).toEqual([]);
    expect(r.summary.unknownJurisdiction).toBe(1);
    expect(r.summary.unknownActivity).toBe(1);
  });

  it("handles an empty closure", () => {
    const r = sovereigntyFindings([], { asOf: AS_OF });
    expect(r.findings).toEqual([]);
    expect(r.summary.components).toBe(0);
  });
});
