import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { buildMethod } from "../../../src/analytics";
import {
  foundBesideUnknown,
  parseSubject,
  type Report,
} from "../../../src/reports/report-kinds";
import { renderMarkdown, reportStem } from "../../../src/reports/render-markdown";
import { writeReport } from "../../../src/reports/write-report";

/** A sovereignty fixture where every licence is unknown: the headline must not look clean. */
const report: Report = {
  kind: "sovereignty",
  subject: "Software:lasuite:docs",
  title: "Sovereignty exposure of Docs (Software:lasuite:docs)",
  headline: [
    foundBesideUnknown("NO_LICENCE", 0, 284, 284),
    foundBesideUnknown("NON_EU_VENDOR", 0, 284, 284),
    foundBesideUnknown("SINGLE_MAINTAINER", 1, null, 284),
  ],
  definitions: ["An unknown licence never gives a finding."],
  tables: [
    {
      name: "organizations",
      title: "Contributing organisations",
      columns: ["organization", "name", "contributions", "share"],
      rows: [
        ["Organization:dinum", 'DINUM, "Direction" | interministérielle', 30, 0.75],
        ["Partner:zendis", "ZenDiS", 10, 0.25],
      ],
    },
    { name: "empty", title: "Nothing", columns: ["a"], rows: [] },
  ],
  method: buildMethod({
    name: "Sovereignty exposure (ours)",
    formula: "rules",
    parameters: { maxDepth: 6, asOf: null },
    references: ["https://github.com/ossf/scorecard"],
    coverageNotes: ["284 of 284 licences unknown"],
    computedAt: "2026-08-20T00:00:00.000Z",
  }),
  data: {},
};

describe("reports", () => {
  test("subjects are Kind:key or Label:key, the key may contain colons", () => {
    expect(parseSubject("Software:lasuite:docs")).toEqual({ label: "Software", key: "lasuite:docs" });
    expect(parseSubject("DIGITAL_DIRECTORATE:dinum")).toEqual({
      label: "DigitalDirectorate",
      key: "dinum",
    });
    expect(() => parseSubject("lasuite")).toThrow(/Kind:key/);
    expect(() => parseSubject("Software:")).toThrow(/Kind:key/);
  });

  test("every headline shows the unknowns beside what is found", () => {
    const md = renderMarkdown(report, "2026-08-20T10:00:00.000Z");
    expect(md).toContain("- NO_LICENCE: 0 found, 284 of 284 unknown");
    expect(md).toContain("- NON_EU_VENDOR: 0 found, 284 of 284 unknown");
    expect(md).toContain("- SINGLE_MAINTAINER: 1 found, unknowns not counted");
    expect(md).not.toMatch(/NO_LICENCE: 0\s*$/m);
  });

  test("markdown names the rows of each table, with the method and the data licences", () => {
    const md = renderMarkdown(report, "2026-08-20T10:00:00.000Z");
    expect(md).toContain("## Contributing organisations (2)");
    expect(md).toContain("| Partner:zendis | ZenDiS | 10 | 0.25 |");
    expect(md).toContain('DINUM, "Direction" \\| interministérielle');
    expect(md).toContain("## Nothing (0)\n\nCSV: `empty.csv`\n\n(none)");
    expect(md).toContain("  - asOf: null");
    expect(md).toContain("  - 284 of 284 licences unknown");
    expect(md).toContain("CC BY-NC-SA 4.0");
  });

  test("one folder per report: Markdown, JSON and one CSV per table, parsed back", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "report-"));
    try {
      writeReport(report, dir, "2026-08-20T10:00:00.000Z");
      const folder = path.join(dir, reportStem(report, "2026-08-20"));
      expect(readdirSync(folder).sort()).toEqual([
        "empty.csv",
        "organizations.csv",
        "report.json",
        "report.md",
      ]);
      const rows = parse(readFileSync(path.join(folder, "organizations.csv"), "utf8"), {
        columns: true,
      }) as Record<string, string>[];
      expect(rows).toEqual([
        {
          organization: "Organization:dinum",
          name: 'DINUM, "Direction" | interministérielle',
          contributions: "30",
          share: "0.75",
        },
        { organization: "Partner:zendis", name: "ZenDiS", contributions: "10", share: "0.25" },
      ]);
      expect(readFileSync(path.join(folder, "empty.csv"), "utf8")).toBe("a\n");
      const json = JSON.parse(readFileSync(path.join(folder, "report.json"), "utf8")) as Report;
      expect(json.headline[0]).toBe("- NO_LICENCE: 0 found, 284 of 284 unknown");
      expect(json.tables[0]?.rows).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("the folder name is kind-subject-date with a file-safe subject", () => {
    expect(reportStem(report, "2026-08-20")).toBe("sovereignty-Software_lasuite_docs-2026-08-20");
  });
});
