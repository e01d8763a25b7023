import { mkdirSync, mkdtempSync, writeFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { c as createTar } from "tar";
import {
  parseCsvText,
  parseFrontMatter,
  readTarGz,
  readYaml,
  readYamlLenient,
} from "../../../src/importers/core/readers";
import { SourceError } from "../../../src/importers/core/errors";
import { parsePackageJson, parsePyproject } from "../../../src/importers/suitenumerique/manifests";

describe("front matter", () => {
  test("parses YAML with dates kept as strings", () => {
    const data = parseFrontMatter(
      "betagouv/startups.tar.gz",
      "content/_startups/x.md",
      "---\ntitle: X\nphases:\n  - name: a\n    start: 2020-01-01\n---\nbody",
    );
    expect(data).toEqual({ title: "X", phases: [{ name: "a", start: "2020-01-01" }] });
  });
  test("accepts a closing --- without final newline", () => {
    expect(parseFrontMatter("f", "r", "---\nname: A\n---")).toEqual({ name: "A" });
  });
  test("malformed YAML names the file and the record", () => {
    expect(() =>
      parseFrontMatter(
        "betagouv/organisations.tar.gz",
        "content/_organisations/bad.md",
        "---\nname: [unclosed\n---\n",
      ),
    ).toThrow(
      /^betagouv\/organisations\.tar\.gz: content\/_organisations\/bad\.md: invalid front matter: /,
    );
  });
  test("missing front matter block", () => {
    expect(() => parseFrontMatter("a.tar.gz", "content/_x/y.md", "no front matter")).toThrow(
      "a.tar.gz: content/_x/y.md: invalid front matter: no YAML block",
    );
  });
  test("a scalar front matter is rejected", () => {
    expect(() => parseFrontMatter("a.tar.gz", "r", "---\njust text\n---\n")).toThrow(
      /not a key\/value mapping/,
    );
  });
});

describe("CSV", () => {
  test("multi-line quoted cells and row numbers", () => {
    const rows = parseCsvText("x.csv", 'a,b\n1,"two\nlines"\n3,4\n');
    expect(rows).toEqual([
      { row: 1, values: { a: "1", b: "two\nlines" } },
      { row: 2, values: { a: "3", b: "4" } },
    ]);
  });
  test("a row with the wrong column count names the file and the row", () => {
    expect(() => parseCsvText("data/repositories/csv/all.csv", "a,b\n1,2\n3\n")).toThrow(
      "data/repositories/csv/all.csv: row=2: expected 2 columns, found 1",
    );
  });
  test("an unterminated quote is a CSV error naming the file", () => {
    expect(() => parseCsvText("bad.csv", 'a,b\n1,"oops\n')).toThrow(/^bad\.csv: .*invalid CSV/);
  });
});

describe("YAML files", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "readers-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("bad YAML names the file and the line", () => {
    writeFileSync(path.join(dir, "bad.yml"), "a: 1\nb: [x\nc: 2\n");
    expect(() =>
      readYaml({ abs: path.join(dir, "bad.yml"), name: "codegouvfr-data/bad.yml" }),
    ).toThrow(/^codegouvfr-data\/bad\.yml: line \d+: invalid YAML/);
  });
  test("missing file is a structural error naming the file", () => {
    expect(() =>
      readYaml({ abs: path.join(dir, "nope.yml"), name: "codegouvfr-data/nope.yml" }),
    ).toThrow("codegouvfr-data/nope.yml: missing file");
  });
  test("lenient reader keeps the first duplicated key and reports it", () => {
    writeFileSync(
      path.join(dir, "dup.yml"),
      "gitlab.mim-libre.fr:\n  forge: gitlab\n  pso_id: first\n  pso_id: second\n",
    );
    const { value, duplicates } = readYamlLenient({
      abs: path.join(dir, "dup.yml"),
      name: "dup.yml",
    });
    expect(value).toEqual({ "gitlab.mim-libre.fr": { forge: "gitlab", pso_id: "first" } });
    expect(duplicates).toEqual([{ path: "gitlab.mim-libre.fr", key: "pso_id", dropped: "second" }]);
  });
});

describe("tar.gz archives (read in memory)", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "tar-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("lists file entries sorted, with their text", async () => {
    const staging = path.join(dir, "staging");
    mkdirSync(path.join(staging, "content", "_phases"), { recursive: true });
    writeFileSync(path.join(staging, "content", "_phases", "b.md"), "---\nstatus: b\n---\n");
    writeFileSync(path.join(staging, "content", "_phases", "a.md"), "---\nstatus: a\n---\n");
    createTar({ gzip: true, file: path.join(dir, "phases.tar.gz"), cwd: staging, sync: true }, [
      "content",
    ]);
    const entries = await readTarGz({
      abs: path.join(dir, "phases.tar.gz"),
      name: "betagouv/phases.tar.gz",
    });
    expect(entries.map(e => e.path)).toEqual(["content/_phases/a.md", "content/_phases/b.md"]);
    expect(entries[0]?.text).toContain("status: a");
  });
  test("an unreadable archive is a structural error naming the file", async () => {
    writeFileSync(path.join(dir, "broken.tar.gz"), "this is not gzip");
    await expect(
      readTarGz({ abs: path.join(dir, "broken.tar.gz"), name: "betagouv/broken.tar.gz" }),
    ).rejects.toThrow(/^betagouv\/broken\.tar\.gz: unreadable archive/);
  });
  test("a missing archive is a structural error", async () => {
    await expect(
      readTarGz({ abs: path.join(dir, "none.tar.gz"), name: "betagouv/none.tar.gz" }),
    ).rejects.toBeInstanceOf(SourceError);
  });
});

describe("manifests", () => {
  test("package.json dependencies by kind", () => {
    const m = parsePackageJson(
      "f",
      "docs",
      "docs/package.json",
      JSON.stringify({
        name: "x",
        dependencies: { a: "1" },
        devDependencies: { b: "2" },
        peerDependencies: { c: "3" },
      }),
    );
    expect(m.dependencies.map(d => `${d.name}:${d.kind}`)).toEqual([
      "a:RUNTIME",
      "b:DEV",
      "c:PEER",
    ]);
  });
  test("invalid package.json names the file and the manifest", () => {
    expect(() =>
      parsePackageJson(
        "suitenumerique/repos/docs/package.json",
        "docs",
        "docs/package.json",
        "{ nope",
      ),
    ).toThrow(/^suitenumerique\/repos\/docs\/package\.json: docs\/package\.json: invalid JSON/);
  });
  test("pyproject dependencies, extras dropped, comments and inline tables skipped", () => {
    const text = `[build-system]\nrequires = ["hatchling"]\n[project]\nname = "meet"\ndependencies = [\n  "django-lasuite[all]==0.0.27",\n  "cryptography==50.0.0", # CVE "x"\n]\n[project.optional-dependencies]\ndev = ["pytest"]\nbuild = ["wheel"]\nextra = ["celery>=5"]\n[dependency-groups]\nlint = ["ruff", {include-group = "dev"}]\n[tool.ruff]\nx.y = { "a"= [\n "S",\n]}\n`;
    const m = parsePyproject("f", "meet", "meet/pyproject.toml", text);
    expect(m.name).toBe("meet");
    expect(m.dependencies.map(d => `${d.name}${d.requirement}:${d.kind}`)).toEqual([
      "django-lasuite==0.0.27:RUNTIME",
      "cryptography==50.0.0:RUNTIME",
      "hatchling:BUILD",
      "pytest:DEV",
      "wheel:BUILD",
      "celery>=5:OPTIONAL",
      "ruff:DEV",
    ]);
  });
  test("unreadable TOML line names the file and the line", () => {
    expect(() =>
      parsePyproject(
        "suitenumerique/repos/x/pyproject.toml",
        "x",
        "x/pyproject.toml",
        "[project]\nthis is not toml\n",
      ),
    ).toThrow("suitenumerique/repos/x/pyproject.toml: line 2: invalid TOML");
  });
});
