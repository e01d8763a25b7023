import { builtTwice, normaliseCapability, reuseBreadth } from "../../../src/analytics";

describe("reuseBreadth", () => {
  it("counts organisations and ministries and the ministry HHI", () => {
    const r = reuseBreadth(
      [
        { organizationKey: "o1", ministryKey: "M1", evidence: "sill" },
        { organizationKey: "o1", ministryKey: "M1", evidence: "publiccode" },
        { organizationKey: "o2", ministryKey: "M1", evidence: "sill" },
        { organizationKey: "o3", ministryKey: "M2", evidence: "sill" },
        { organizationKey: "o4", ministryKey: null, evidence: "sill" },
      ],
      "t",
    );
    expect(r.usingOrganizations).toBe(4);
    expect(r.usingMinistries).toBe(2);
    expect(r.organizationsWithoutMinistry).toBe(1);
    expect(r.ministries).toEqual([
      { ministryKey: "M1", organizations: 2, share: 2 / 3 },
      { ministryKey: "M2", organizations: 1, share: 1 / 3 },
    ]);
    expect(r.ministryHHI).toBeCloseTo(5 / 9, 12); // (2/3)² + (1/3)²
    expect(r.effectiveMinistries).toBeCloseTo(1.8, 12);
    expect(r.evidence[0]).toEqual({ organizationKey: "o1", sources: ["publiccode", "sill"] });
  });

  it("is empty without users", () => {
    const r = reuseBreadth([]);
    expect(r).toMatchObject({
      usingOrganizations: 0,
      usingMinistries: 0,
      ministryHHI: null,
      effectiveMinistries: 0,
    });
  });
});

describe("builtTwice", () => {
  it("splits capabilities into single-tool and duplicated ones", () => {
    const r = builtTwice([
      { key: "t2", capability: "traitement  de TEXTE !" },
      { key: "t1", capability: "Traitement de texte" },
      { key: "t3", capability: "Visioconférence" },
      { key: "t4", capability: null },
      { key: "t5", capability: "  " },
    ]);
    expect(r.duplicated).toEqual([
      { capability: "traitement de texte", label: "Traitement de texte", tools: ["t1", "t2"] },
    ]);
    expect(r.singleTool).toEqual([
      { capability: "visioconference", label: "Visioconférence", tools: ["t3"] },
    ]);
    expect(r.unclassified).toEqual(["t4", "t5"]);
  });

  it("normalises accents, case and punctuation", () => {
    expect(normaliseCapability("  Édition — collaborative ")).toBe("edition collaborative");
  });
});
