import {
  memberKey,
  normaliseUrl,
  parseForgeUrl,
  slugify,
  splitList,
} from "../../../src/importers/core/normalise";
import { normaliseTechno, normaliseTechnoList } from "../../../src/importers/betagouv/techno";
import { canonicalRepositoryKey } from "../../../src/importers/resolve/repo-moves";

const forges = new Set(["github.com", "gitlab.com", "forge.example.fr"]);

describe("normaliseUrl", () => {
  test.each([
    ["https://github.com/BetaGouv/Mon-Service.git/", "github.com/betagouv/mon-service"],
    ["http://www.github.com/a/b/", "github.com/a/b"],
    ["https://github.com/suitenumerique/conversations#", "github.com/suitenumerique/conversations"],
    ["https://github.com/suitenumerique/", "github.com/suitenumerique"],
    [" https://gitlab.com/a/b/c?x=1 ", "gitlab.com/a/b/c"],
  ])("%s → %s", (raw, expected) => {
    expect(normaliseUrl(raw)).toBe(expected);
  });

  test("rejects non-URLs", () => {
    expect(normaliseUrl("not a url")).toBeUndefined();
    expect(normaliseUrl("")).toBeUndefined();
  });
});

describe("parseForgeUrl", () => {
  test("GitHub repository, tree paths dropped", () => {
    expect(parseForgeUrl("github.com/suitenumerique/st-home/tree/main", forges)).toEqual({
      kind: "repository",
      key: "github.com/suitenumerique/st-home",
      host: "github.com",
      owner: "suitenumerique",
      path: ["suitenumerique", "st-home"],
    });
  });
  test("org-level URLs are accounts", () => {
    expect(parseForgeUrl("github.com/suitenumerique", forges)).toMatchObject({
      kind: "account",
      key: "github.com/suitenumerique",
    });
    expect(parseForgeUrl("github.com/orgs/betagouv/teams/x/repositories", forges)).toMatchObject({
      kind: "account",
      key: "github.com/betagouv",
    });
  });
  test("GitLab nested groups keep the full path", () => {
    expect(
      parseForgeUrl("gitlab.com/incubateur-territoires/startups/deveco/deveco", forges),
    ).toMatchObject({
      kind: "repository",
      owner: "incubateur-territoires",
      key: "gitlab.com/incubateur-territoires/startups/deveco/deveco",
    });
    expect(parseForgeUrl("forge.example.fr/grp/proj/-/tree/main", forges)).toMatchObject({
      kind: "repository",
      key: "forge.example.fr/grp/proj",
    });
  });
  test("non-forge hosts are 'other'", () => {
    expect(parseForgeUrl("pad.numerique.gouv.fr/s/abc", forges).kind).toBe("other");
  });
  test("moved repositories", () => {
    expect(canonicalRepositoryKey("github.com/numerique-gouv/meet")).toBe(
      "github.com/suitenumerique/meet",
    );
    expect(canonicalRepositoryKey("github.com/a/b")).toBe("github.com/a/b");
  });
});

describe("helpers", () => {
  test("slugify", () => {
    expect(slugify("Ministère de l'Éducation nationale")).toBe(
      "ministere-de-l-education-nationale",
    );
    expect(slugify("ST(SI)²/MI")).toBe("st-si-mi");
  });
  test("memberKey is beta: + 16 hex of SHA-256", () => {
    expect(memberKey("camille.exemple")).toMatch(/^beta:[0-9a-f]{16}$/);
    expect(memberKey("camille.exemple")).toBe(memberKey("camille.exemple"));
    expect(memberKey("camille.exemple")).not.toContain("camille");
  });
  test("splitList", () => {
    expect(splitList("162 ; 173;")).toEqual(["162", "173"]);
    expect(splitList(undefined)).toEqual([]);
  });
  test("techno variants", () => {
    expect(normaliseTechno("Node.js")).toBe("nodejs");
    expect(normaliseTechno("NodeJS")).toBe("nodejs");
    expect(normaliseTechno("node")).toBe("nodejs");
    expect(normaliseTechnoList(["React", "react.js", "Postgres", 3, ""])).toEqual([
      "postgresql",
      "react",
    ]);
  });
});
