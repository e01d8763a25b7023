/**
 * Issue 14 (Data v2) on a small fixture: the public-repos source end to end, and each importer-side
 * fix of §2 (items 2, 3, 4, 5, 6, 7, 9, 11), each asserting what the build got wrong before.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildSnapshot, type BuildResult } from "../../../src/importers/build";
import { createContext } from "../../../src/importers/core/context";
import { sha256Hex } from "../../../src/importers/core/normalise";
import { loadCurated } from "../../../src/importers/curated/load";
import { AliasTable } from "../../../src/importers/resolve/aliases";
import { classifyDomain } from "../../../src/importers/resolve/email-domains";
import { manifestRole } from "../../../src/importers/resolve/manifest-role";
import {
  BETAGOUV,
  FIXTURE_SEED_DIR,
  type FixtureData,
  TEXT_FILES,
  writeFixtureData,
} from "./helpers/fixture-data";

interface Rel {
  from: { key: string; label: string };
  to: { key: string; label: string };
  props: Record<string, unknown>;
}
interface Node {
  key: string;
  props: Record<string, unknown>;
}

function jsonl<T>(result: BuildResult, file: string): T[] {
  return (result.files.get(file) ?? "")
    .split("\n")
    .filter(l => l !== "")
    .map(l => JSON.parse(l) as T);
}
const rels = (result: BuildResult, type: string): Rel[] =>
  jsonl<Rel>(result, `relationships/${type}.jsonl`);
const nodes = (result: BuildResult, label: string): Node[] =>
  jsonl<Node>(result, `nodes/${label}.jsonl`);
const md = (front: string): string => `---\n${front.trim()}\n---\nbody\n`;

const PSO_ESR = "4ca60afd-3886-434c-80bb-f6bc55581323";
const PSO_ARMEES = "d24d1af2-c506-4b10-82e8-ab92b8e959d2";
const PSO_DINUM_OSPO = "6a7cd2a0-af32-4b55-9125-671b16df777b";
const PSO_BETA = "c21fa08e-f09e-4312-a6d8-400e812454c4";
const PSO_SOMEONE = "11111111-2222-4333-8444-555555555555";
const PERSON_FILE = "camille-exemple";

const V2_TEXT: Record<string, string> = {
  // item 4: a forge host claimed twice; an OSPO code list on that host decides
  "codegouvfr-data/comptes-organismes-publics.yml": `${(
    TEXT_FILES["codegouvfr-data/comptes-organismes-publics.yml"] ?? ""
  ).replace(
    `forge.example.fr:\n  forge: gitlab\n  pso_id: ${PSO_ESR}\n`,
    `forge.example.fr:\n  forge: gitlab\n  pso_id: ${PSO_ESR}\n  pso_id: ${PSO_ARMEES}\n`,
  )}`,
  // item 5: the DINUM OSPO lists github.com/suitenumerique; an OSPO on forge.example.fr
  "codegouvfr-data/fr-public-sector-ospo.yml": `https://code.gouv.fr:
  name: OSPO DINUM
  pso_id: ${PSO_DINUM_OSPO}
  code:
    - https://github.com/suitenumerique/
https://ospo.armees.example:
  name: OSPO des Armées
  pso_id: ${PSO_ARMEES}
  code:
    - https://forge.example.fr/grp
`,
  // item 5 (2024 list): names the beta account's administration, links an unlisted account,
  // and disagrees with the 2025 file on github.com/fabnum
  "codegouvfr-output-data/comptes-organismes-publics.yml": `https://github.com/betagouv:
  service_of:
    - Incubateur des services numériques
  pso_id:
    - ${PSO_BETA}
https://github.com/someone:
  service_of:
    - Quelqu'un de public
  pso_id:
    - ${PSO_SOMEONE}
https://github.com/fabnum:
  service_of:
    - Ministère de l'Enseignement supérieur
  pso_id:
    - ${PSO_ESR}
`,
  // item 2: fundedBy written as a list
  "suitenumerique/repos/docs/publiccode.yml": `publiccodeYmlVersion: "0.4"
fundedBy:
  - name: Direction interministérielle du numérique (DINUM)
    url: https://www.numerique.gouv.fr
legal:
  license: MIT
`,
  "public-repos/repos.csv": `repo,referenced_by,snapshot_commit,snapshot_date,first_commit_date,commits_no_merges,distinct_author_emails,human_author_emails,human_authors_active_12m_before_snapshot,license_spdx,ecosystems
BetaGouv/Mon-Service,startup:mon-service,aaaaaaaaaaaa,2026-05-01,2019-01-01,400,6,5,3,MIT,npm
codegouvfr/react-dsfr,shared-tool,bbbbbbbbbbbb,2026-06-01,2022-01-01,3000,80,70,12,MIT,npm
GouvernementFR/dsfr-chart,shared-tool,cccccccccccc,2026-04-01,2023-01-01,300,9,9,2,unknown,npm
GouvernementFR/dsfr,shared-tool|awesome,dddddddddddd,2026-07-01,2019-01-01,9000,90,85,20,MIT,npm
other/copy-a,awesome,eeeeeeeeeeee,2025-01-01,2020-01-01,10,2,2,0,MIT,npm
other/copy-b,awesome,ffffffffffff,2025-01-01,2020-01-01,10,2,2,0,MIT,npm
`,
  "public-repos/contributors-by-repo.csv": `repo,snapshot_commit,contributor_id,is_bot,email_domain_class,public_sector_domain,email_tld,commits,first_commit_date,last_commit_date
BetaGouv/Mon-Service,aaaaaaaaaaaa,aaaaaaaaaaaa,0,public_sector,mail.numerique.gouv.fr,fr,7,2024-02-01,2026-04-01
BetaGouv/Mon-Service,aaaaaaaaaaaa,dddddddddddd,0,public_sector,beta.gouv.fr,fr,40,2020-01-01,2026-04-20
codegouvfr/react-dsfr,bbbbbbbbbbbb,aaaaaaaaaaaa,0,public_sector,mail.numerique.gouv.fr,fr,3,2025-01-01,2025-02-01
codegouvfr/react-dsfr,bbbbbbbbbbbb,eeeeeeeeeeee,0,public_sector,economie.fgov.be,be,1,2023-06-20,2023-06-20
codegouvfr/react-dsfr,bbbbbbbbbbbb,ffffffffffff,0,public_sector,rijksoverheid.nl,nl,2,2025-03-04,2025-03-04
`,
  "public-repos/dependencies.csv": `repo,manifest_path,ecosystem,dependency,requirement,scope
BetaGouv/Mon-Service,package.json,npm,@codegouvfr/react-dsfr,^1.9.0,prod
BetaGouv/Mon-Service,package.json,npm,react,^18.0.0,dev
BetaGouv/Mon-Service,package.json,npm,react,^18.0.0,peer
BetaGouv/Mon-Service,package.json,npm,api,*,prod
BetaGouv/Mon-Service,package.json,npm,shared-name,^1.0.0,prod
BetaGouv/Mon-Service,test/e2e/package.json,npm,cypress,^13.0.0,prod
codegouvfr/react-dsfr,package.json,npm,@gouvfr/dsfr-chart,^1.0.0,peer
codegouvfr/react-dsfr,package.json,npm,@gouvfr/dsfr,1.12.1,prod
codegouvfr/react-dsfr,package.json,npm,vitest,^1.0.0,dev
codegouvfr/react-dsfr,test/integration/cra/package.json,npm,react-scripts,5.0.1,prod
GouvernementFR/dsfr-chart,package.json,npm,@gouvfr/dsfr,^1.10.0,prod
GouvernementFR/dsfr-chart,package.json,npm,chart.js,^4.0.0,prod
`,
  "public-repos/packages-published.csv": `repo,manifest_path,ecosystem,package
codegouvfr/react-dsfr,package.json,npm,@codegouvfr/react-dsfr
GouvernementFR/dsfr-chart,package.json,npm,@gouvfr/dsfr-chart
GouvernementFR/dsfr,package.json,npm,@gouvfr/dsfr
other/copy-a,package.json,npm,shared-name
other/copy-b,package.json,npm,shared-name
other/copy-a,api/package.json,npm,api
`,
  "public-repos/not-fetched.csv": `repo,reason,referenced_by
betagouv/absent,repository not available (no public copy could be read),startup:autre
gitlab.com/group/project,non-GitHub host (gitlab.com),startup:meme-jour
numerique-gouv/meet,"renamed: now suitenumerique/meet, already described in suitenumerique/",startup:visio
`,
};

const V2_BETAGOUV = {
  phases: {
    ...BETAGOUV.phases,
    "investigation.md": md("status: investigation\nlabel: Investigation\norder: 6"),
  },
  organisations: {
    ...BETAGOUV.organisations,
    // item 7: a sponsor file named after a person, redacted in the fixture aliases
    [`${PERSON_FILE}.md`]: md("name: Camille Exemple\ndomaine_ministeriel: armees\ntype: autre"),
  },
  startups: {
    ...BETAGOUV.startups,
    // item 6: two phases on the same day, listed in reverse alphabetical order of lifecycle
    "meme-jour.md": md(`title: Même jour
incubator: dinum
sponsors:
  - /organisations/${PERSON_FILE}
phases:
  - name: investigation
    start: 2023-03-01
  - name: construction
    start: 2023-03-01`),
  },
};

/** The fixture seed folder plus one redaction (the person-named organisation file). */
function redactionSeedDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "seed-v2-"));
  writeFileSync(
    path.join(dir, "curated.yml"),
    readFileSync(path.join(FIXTURE_SEED_DIR, "curated.yml")),
  );
  const aliases = readFileSync(path.join(FIXTURE_SEED_DIR, "aliases.yml"), "utf8").replace(
    "redactions: []",
    `redactions:\n  - { label: Organization, keySha256: ${sha256Hex(PERSON_FILE, 16)}, reason: named after a person }`,
  );
  writeFileSync(path.join(dir, "aliases.yml"), aliases);
  return dir;
}

describe("Data v2 on fixture data", () => {
  let data: FixtureData;
  let result: BuildResult;

  beforeAll(async () => {
    data = writeFixtureData({ text: V2_TEXT, betagouv: V2_BETAGOUV });
    const seedDir = redactionSeedDir();
    result = await buildSnapshot({ dataDir: data.dir, seedDir });
  });
  afterAll(() => data.cleanup());

  describe("§1 public-repos", () => {
    test("repositories merge with the start-up's URL (case-insensitive), with git facts and licence", () => {
      const repo = nodes(result, "Repository").find(
        n => n.key === "github.com/betagouv/mon-service",
      );
      expect(repo?.props).toMatchObject({
        snapshotCommit: "aaaaaaaaaaaa",
        snapshotDate: "2026-05-01",
        commitsNoMerges: 400,
        humanAuthorsActive12m: 3,
        licenseSpdx: "MIT",
        hasGitFacts: true,
        referencedBy: ["startup"],
      });
      expect(
        nodes(result, "Repository")
          .filter(n => n.key.includes("mon-service"))
          .map(n => n.key),
      ).toEqual(["github.com/betagouv/mon-service"]);
      const chart = nodes(result, "Repository").find(
        n => n.key === "github.com/gouvernementfr/dsfr-chart",
      );
      expect(chart?.props).not.toHaveProperty("licenseSpdx"); // "unknown" = no licence file
      expect(rels(result, "HAS_REPOSITORY").filter(r => r.from.key === "mon-service")).toHaveLength(
        1,
      );
    });

    test("one contributor across repositories of both folders, one CONTRIBUTES_TO per repository", () => {
      const contributions = rels(result, "CONTRIBUTES_TO").filter(
        r => r.from.key === "git:aaaaaaaaaaaa",
      );
      expect(contributions.map(r => r.to.key).sort()).toEqual([
        "github.com/betagouv/mon-service",
        "github.com/codegouvfr/react-dsfr",
        "github.com/suitenumerique/docs",
        "github.com/suitenumerique/ui-kit",
      ]);
      const onRepo = contributions.find(r => r.to.key === "github.com/betagouv/mon-service");
      expect(onRepo?.props).toEqual({
        commits: 7,
        firstCommit: "2024-02-01",
        lastCommit: "2026-04-01",
      });
      expect(nodes(result, "Contributor").filter(n => n.key === "git:aaaaaaaaaaaa")).toHaveLength(
        1,
      );
    });

    test("dependencies keep their scope; test manifests are not runtime", () => {
      const deps = rels(result, "DEPENDS_ON").filter(
        r => r.from.key === "github.com/betagouv/mon-service",
      );
      const react = deps.filter(r => r.to.key === "npm:react").map(r => r.props.scope);
      expect(react.sort()).toEqual(["dev", "peer"]); // item 3: both sections are facts
      const cypress = deps.find(r => r.to.key === "npm:cypress");
      expect(cypress?.props).toMatchObject({
        kind: "RUNTIME",
        scope: "prod",
        manifest: "BetaGouv/Mon-Service/test/e2e/package.json",
        manifestRole: "TEST",
        runtime: false,
      });
      const dsfr = deps.find(r => r.to.key === "npm:@codegouvfr/react-dsfr");
      expect(dsfr?.props).toMatchObject({
        manifestRole: "MAIN",
        runtime: true,
        requirement: "^1.9.0",
      });
      expect(manifestRole("test/integration/cra/package.json")).toBe("TEST");
      expect(manifestRole("examples/demo/package.json")).toBe("EXAMPLE");
      expect(manifestRole("src/frontend/package.json")).toBe("MAIN");
    });

    test("packages resolve to their publishing repository, so chains cross repositories (depth 3)", () => {
      const published = rels(result, "PUBLISHED_FROM").map(r => `${r.from.key}->${r.to.key}`);
      expect(published).toEqual(
        expect.arrayContaining([
          "npm:@codegouvfr/react-dsfr->github.com/codegouvfr/react-dsfr",
          "npm:@gouvfr/dsfr-chart->github.com/gouvernementfr/dsfr-chart",
          "npm:@gouvfr/dsfr->github.com/gouvernementfr/dsfr",
        ]),
      );
      const edges = rels(result, "DEPENDS_ON");
      const next = (key: string): string[] =>
        edges.filter(r => r.from.key === key).map(r => r.to.key);
      expect(next("github.com/betagouv/mon-service")).toContain("npm:@codegouvfr/react-dsfr");
      expect(next("npm:@codegouvfr/react-dsfr")).toEqual(
        expect.arrayContaining(["npm:@gouvfr/dsfr-chart", "npm:@gouvfr/dsfr"]),
      );
      expect(next("npm:@codegouvfr/react-dsfr")).not.toContain("npm:vitest"); // dev: not transitive
      expect(next("npm:@codegouvfr/react-dsfr")).not.toContain("npm:react-scripts"); // test app
      expect(next("npm:@gouvfr/dsfr-chart")).toContain("npm:@gouvfr/dsfr");
      const peer = edges.find(
        r => r.from.key === "npm:@codegouvfr/react-dsfr" && r.to.key === "npm:@gouvfr/dsfr-chart",
      );
      expect(peer?.props).toMatchObject({ kind: "PEER", via: "published-manifest" });
    });

    test("collisions and generic workspace names are not resolved, and are reported", () => {
      const from = rels(result, "PUBLISHED_FROM").map(r => r.from.key);
      expect(from).not.toContain("npm:shared-name");
      expect(from).not.toContain("npm:api");
      expect(result.unresolved.categories.publishedPackageCollision?.examples).toEqual([
        "npm:shared-name ← other/copy-a | other/copy-b",
      ]);
      expect(result.unresolved.categories.publishedPackageGeneric?.examples).toEqual([
        "npm:api ← other/copy-a",
      ]);
    });

    test("not-fetched reasons reach the repositories and start-ups they concern", () => {
      const absent = nodes(result, "Repository").find(n => n.key === "github.com/betagouv/absent");
      expect(absent?.props.gitFactsMissing).toMatch(/^repository not available/);
      const startups = nodes(result, "Startup");
      expect(startups.find(s => s.key === "meme-jour")?.props.repositoryGitFactsMissing).toBe(
        "non-GitHub host (gitlab.com)",
      );
      expect(result.unresolved.categories.notFetchedUnavailable?.count).toBe(1);
      expect(result.unresolved.categories.notFetchedRenamed).toBeUndefined();
    });
  });

  describe("§2 fixes", () => {
    test("item 2: a fundedBy list gives FUNDS", () => {
      expect(rels(result, "FUNDS").map(r => `${r.from.key}->${r.to.key}`)).toContain(
        "dinum->lasuite:docs",
      );
    });

    test("item 4: a host claimed by two pso_ids goes to the one its OSPO code list supports", () => {
      const owner = rels(result, "OWNED_BY").find(
        r => r.from.key === "forge.example.fr/grp/sub/lib",
      );
      expect(owner?.to).toEqual({ label: "Ministry", key: "armees" });
      expect(result.unresolved.categories.forgeHostDecidedByOspo?.examples).toEqual([
        `forge.example.fr: ${PSO_ESR} | ${PSO_ARMEES} → ${PSO_ARMEES}`,
      ]);
    });

    test("item 5: OSPO code lists link accounts; the 2024 list names and links; conflicts reported", () => {
      const viaOspo = rels(result, "HAS_FORGE_ACCOUNT").filter(
        r => r.props.basis === "ospo-code-list",
      );
      expect(viaOspo.map(r => `${r.from.key}->${r.to.key}`)).toEqual(
        expect.arrayContaining([
          `pso:${PSO_DINUM_OSPO}->github.com/suitenumerique`,
          "armees->forge.example.fr/grp",
        ]),
      );
      const beta = nodes(result, "Organization").find(n => n.key === `pso:${PSO_BETA}`);
      expect(beta?.props.name).toBe("Incubateur des services numériques");
      const someone = rels(result, "OWNED_BY").find(r => r.from.key === "github.com/someone/other");
      expect(someone?.to.key).toBe(`pso:${PSO_SOMEONE}`);
      expect(result.unresolved.categories.accounts2024Conflict?.examples).toEqual([
        `github.com/fabnum: 2025 ${PSO_ARMEES} / 2024 ${PSO_ESR}`,
      ]);
    });

    test("item 6: phases starting on the same day follow the lifecycle order", () => {
      const s = nodes(result, "Startup").find(n => n.key === "meme-jour");
      expect(s?.props.currentPhase).toBe("construction");
      const seq = rels(result, "IN_PHASE")
        .filter(r => r.from.key === "meme-jour")
        .sort((a, b) => Number(a.props.seq) - Number(b.props.seq))
        .map(r => r.to.key);
      expect(seq).toEqual(["investigation", "construction"]);
    });

    test("item 7: a redacted sponsor stays as a nameless node carrying its ministry", () => {
      const key = `redacted:${sha256Hex(PERSON_FILE, 16)}`;
      const org = nodes(result, "Organization").find(n => n.key === key);
      expect(org?.props).toMatchObject({ redacted: true, ministryDomain: "armees" });
      expect(org?.props).not.toHaveProperty("name");
      expect(rels(result, "SPONSORED_BY").map(r => `${r.from.key}->${r.to.key}`)).toContain(
        `meme-jour->${key}`,
      );
      expect(rels(result, "PART_OF").map(r => `${r.from.key}->${r.to.key}`)).toContain(
        `${key}->armees`,
      );
      expect(result.files.get("nodes/Organization.jsonl")).not.toContain("Camille");
    });

    test("item 9: one classification gives a contributor's organisation and sector", () => {
      // fixture: mail.numerique.gouv.fr → DINUM; the contributor's sector is the affiliation's
      const c = nodes(result, "Contributor").find(n => n.key === "git:aaaaaaaaaaaa");
      const aff = rels(result, "AFFILIATED_WITH").find(r => r.from.key === "git:aaaaaaaaaaaa");
      expect(aff?.to.key).toBe("dinum");
      expect(c?.props.sector).toBe(aff?.props.sector);
      // the project's curated file: beta.gouv.fr addresses count for DINUM *and* in DINUM's sector
      const curated = loadCurated({
        abs: path.join(__dirname, "..", "..", "..", "seed", "curated.yml"),
        name: "seed/curated.yml",
      });
      const ctx = createContext(
        { dataDir: data.dir },
        curated,
        new AliasTable({ date: "2026-01-01", aliases: [], redactions: [] }),
      );
      const beta = classifyDomain(ctx, "beta.gouv.fr");
      expect(beta.to).toEqual({ label: "Organization", key: "dinum" });
      expect(beta.sector).toBe("STATE");
    });

    test("item 11: foreign public-sector domains link to a Partner, created with its country", () => {
      const aff = rels(result, "AFFILIATED_WITH");
      const be = aff.find(r => r.from.key === "git:eeeeeeeeeeee");
      expect(be?.to).toEqual({ label: "Partner", key: "government-be" });
      expect(nodes(result, "Partner").find(n => n.key === "government-be")?.props).toMatchObject({
        country: "BE",
        sector: "FOREIGN_STATE",
      });
      // rijksoverheid.nl names the curated nl-bzk partner, absent from this fixture: created by country
      const nl = aff.find(r => r.from.key === "git:ffffffffffff");
      expect(nl?.to).toEqual({ label: "Partner", key: "government-nl" });
      expect(
        nodes(result, "Contributor").find(n => n.key === "git:eeeeeeeeeeee")?.props.sector,
      ).toBe("FOREIGN_STATE");
    });
  });
});
