import { buildMethod } from "../../../src/analytics";
import { parseSubject, type Report } from "../../../src/reports/report-kinds";
import { renderMarkdown, reportStem } from "../../../src/reports/render-markdown";

const report: Report = {
  kind: "critical-mass",
  subject: "Software:lasuite:docs",
  title: "Critical mass of Docs (Software:lasuite:docs)",
  sections: [
    { heading: "Indicators", lines: ["- contributor absence factor: 1"] },
    { heading: "Empty", lines: [] },
  ],
  method: buildMethod({
    name: "CHAOSS critical mass",
    formula: "F(θ)",
    parameters: { threshold: 0.5, from: null },
    references: ["https://chaoss.community/?p=3944"],
    coverageNotes: ["unaffiliated commits: 37.5 %"],
    computedAt: "2026-08-20T00:00:00.000Z",
  }),
  data: {},
};

describe("report rendering", () => {
  test("subjects are Label:key, the key may contain colons", () => {
    expect(parseSubject("Software:lasuite:docs")).toEqual({ label: "Software", key: "lasuite:docs" });
    expect(() => parseSubject("lasuite")).toThrow(/Label:key/);
    expect(() => parseSubject("Software:")).toThrow(/Label:key/);
  });

  test("file stem is kind-subject-date with a file-safe subject", () => {
    expect(reportStem(report, "2026-08-20")).toBe("critical-mass-Software_lasuite_docs-2026-08-20");
  });

  test("markdown carries the sections, the method and the data licences", () => {
    const md = renderMarkdown(report, "2026-08-20T10:00:00.000Z");
    expect(md).toContain("# Critical mass of Docs (Software:lasuite:docs)");
    expect(md).toContain("## Indicators\n\n- contributor absence factor: 1");
    expect(md).toContain("## Empty\n\n(none)");
    expect(md).toContain("  - threshold: 0.5");
    expect(md).toContain("  - from: null");
    expect(md).toContain("  - https://chaoss.community/?p=3944");
    expect(md).toContain("  - unaffiliated commits: 37.5 %");
    expect(md).toContain("CC BY-NC-SA 4.0");
  });
});
