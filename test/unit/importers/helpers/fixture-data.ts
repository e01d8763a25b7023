/**
 * Writes a tiny but complete raw data folder (same layout as shared/data) into a temp dir, with
 * optional overrides, so that the whole build can run in unit tests without the real data.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { c as createTar } from "tar";

export const FIXTURE_SEED_DIR = path.join(
  __dirname,
  "..",
  "..",
  "..",
  "fixtures",
  "importers",
  "seed",
);

/** Known full names of fixture members: they must never appear in a snapshot. */
export const FIXTURE_MEMBER_NAMES = ["Camille Exemple", "Dominique Testeur"];

type Files = Record<string, string>;

const md = (front: string, body = "Long description that must not be kept.\n"): string =>
  `---\n${front.trim()}\n---\n${body}`;

export const BETAGOUV: Record<string, Files> = {
  phases: {
    "construction.md": md("status: construction\nlabel: Construction\norder: 5"),
    "acceleration.md": md("status: acceleration\nlabel: Accélération\norder: 4"),
  },
  organisations: {
    "dinum.md": md(
      "name: Direction interministérielle du numérique\nacronym: DINUM\ndomaine_ministeriel: spm\ntype: administration-centrale",
    ),
    "anah.md": md(
      "name: Agence nationale de l'habitat\nacronym: ANAH\ndomaine_ministeriel: autres\ntype: autre",
    ),
    "agence-national-de-l-habitat.md": md(
      "name: Agence National de l'Habitat\nacronym: Anah\ndomaine_ministeriel: environnement\ntype: operateur",
    ),
    "armees.md": md(
      "name: Ministère des Armées\nacronym: MA\ndomaine_ministeriel: armees\ntype: administration-centrale",
    ),
    Préfecture: "---\nname: Préfecture de l'Ain\ndomaine_ministeriel: interieur\n---",
  },
  incubators: {
    "dinum.md": md(
      "title: Incubateur DINUM\nowner: /organisations/dinum\ngithub: https://github.com/betagouv/\ncontact: contact@beta.gouv.fr",
    ),
    "orphan.md": md("title: Sans propriétaire\nowner: ''"),
  },
  startups: {
    "mon-service.md": md(`title: Mon service
mission: Pitch that must not be kept
incubator: dinum
sponsors:
  - /organisations/dinum
  - /organisations/agence-national-de-l-habitat
phases:
  - name: acceleration
    start: 2021-01-01
  - name: construction
    start: 2020-01-01
contact: camille.exemple@beta.gouv.fr
repository: https://github.com/BetaGouv/mon-service.git/
link: https://mon-service.beta.gouv.fr
techno:
  - Node.js
  - node
  - React
fast:
  promotion: 12
  montant: 100000`),
    "autre.md": md(`title: Autre
incubator: dinum
phases:
  - name: construction
    start: 2022-05-01
  - name: acceleration
    start: 2099-01-01
repository: https://pad.numerique.gouv.fr/s/abc#`),
    "casse.md": "---\ntitle: [unclosed\nincubator: dinum\n---\nbody\n",
  },
  authors: {
    "camille.exemple.md": md(
      `fullname: Camille Exemple
role: Développeuse
domaine: Développement
github: camille-gh
link: https://camille.example.org
missions:
  - start: 2020-01-01
    end: 2021-01-01
    status: independent
    employer: Octo
    startups:
      - mon-service
  - start: 2021-02-01
    status: admin
    employer: DINUM
    startups:
      - mon-service
      - mon-service`,
      "Bio de Camille.\n",
    ),
    "dominique.testeur.md": md(`fullname: Dominique Testeur
role: Coach
domaine: Coaching
missions:
  - start: 2019-01-01
    status: service
previously:
  - autre`),
  },
};

export const TEXT_FILES: Files = {
  "codegouvfr-data/top_organizations.yml":
    "a515667c-6dc0-4544-a1a8-2cf13d7da23b: Premier ministre\nd24d1af2-c506-4b10-82e8-ab92b8e959d2: Ministère des Armées\n",
  "codegouvfr-data/comptes-organismes-publics.yml": `github.com:
  forge: github
  owners:
    betagouv:
      pso_id: c21fa08e-f09e-4312-a6d8-400e812454c4
    suitenumerique:
      pso_id: e5299ba4-7aa4-4f95-aa82-7e765d5648fe
    fabnum:
      pso_id: d24d1af2-c506-4b10-82e8-ab92b8e959d2
    placeholder-org:
      pso_id: 00000000-0000-0000-0000-000000000000
forge.example.fr:
  forge: gitlab
  pso_id: 4ca60afd-3886-434c-80bb-f6bc55581323
`,
  "codegouvfr-data/fr-public-sector-ospo.yml": `https://code.gouv.fr:
  name: OSPO DINUM
  email: floss@numerique.gouv.fr
  pso_id: e5299ba4-7aa4-4f95-aa82-7e765d5648fe
`,
  "codegouvfr-data/awesome-codegouvfr.yml":
    "https://github.com/betagouv/mon-service:\n  added: 2023-11-30\n",
  "codes-sources-fr-2021/data/organizations/csv/all.csv": `login,description,name,organization_url,avatar_url,website,location,email,is_verified,repositories_count,creation_date,platform
betagouv,"Multi
line",beta.gouv.fr,https://github.com/betagouv,https://avatars.example/1,,,contact@beta.gouv.fr,True,2,2014-06-12T00:00:00Z,GitHub
`,
  "codes-sources-fr-2021/data/repositories/csv/all.csv": `name,organization_name,platform,repository_url,description,is_fork,is_archived,creation_date,last_update,last_modification,homepage,stars_count,forks_count,license,open_issues_count,language,topics,software_heritage_exists,software_heritage_url
mon-service,betagouv,GitHub,https://github.com/betagouv/mon-service,desc,False,False,2019-01-01T00:00:00Z,2021-10-01T00:00:00Z,2021-10-01T00:00:00Z,,5,1,MIT License,0,JavaScript,"a,b",True,https://archive.softwareheritage.org/x
Mon-Service,betagouv,GitHub,https://github.com/betagouv/mon-service/,desc,False,False,2019-01-01T00:00:00Z,2021-10-01T00:00:00Z,2021-10-01T00:00:00Z,,5,1,MIT License,0,JavaScript,,True,
lib,grp,GitLab,https://forge.example.fr/grp/sub/lib,,,False,2020-01-01T00:00:00Z,2020-02-01T00:00:00Z,2020-02-01T00:00:00Z,,0,0,,0,Python,,True,
other,someone,GitHub,https://github.com/someone/other,,True,True,2018-01-01T00:00:00Z,2018-02-01T00:00:00Z,2018-02-01T00:00:00Z,,0,0,,0,,,False,
`,
  "codes-sources-fr-2021/data/libraries/csv/all.csv": `deprecation_reason,description,forks,homepage,keywords,language,latest_stable_release_number,latest_stable_release_published_at,license_normalized,licenses,name,normalized_licenses,library_manager_url,platform,rank,repository_url,stars,status
None,d,0,,[],JavaScript,1.0.0,2019-02-12T20:58:07.659Z,False,MIT,@betagouv/mon-lib,['MIT'],,NPM,7,https://github.com/betagouv/mon-service,1,None
None,d,0,,[],Python,0.1,2019-02-12T20:58:07.659Z,False,MIT,Some_Lib,['MIT'],,Pypi,3,https://github.com/nobody/unknown,1,None
`,
  "sill/sill-contents-2022/sill.json": JSON.stringify([
    {
      id: "1",
      i: "LibreOffice",
      f: "Bureautique",
      y: "2021 ; 2022",
      st: "R",
      g: "MIMO",
      l: "MPL-2.0",
      se: "",
      c: "",
      p: "",
      si: "2",
      co: "5",
      a: "",
      su: "Oui",
      "v-": "7",
      "v+": "",
      u: "",
      la: "",
      "fr-desc": "Description à ne pas garder",
    },
    {
      id: "2",
      i: "Writer",
      f: "Traitement de texte",
      y: "2022",
      st: "O",
      g: "MIMO",
      l: "MPL-2.0",
      se: "",
      c: "",
      p: "LibreOffice",
      si: "9",
      co: "",
      a: "Oui",
      su: "",
      "v-": "",
      "v+": "",
      u: "",
      la: "",
    },
  ]),
  "sill/sill-contents-2022/sill-contributors.json": JSON.stringify([
    {
      Organisme: "Direction interministérielle du numérique",
      Acronyme: "DINUM",
      Annuaire: "https://lannuaire.service-public.fr/x",
      PULL: "",
    },
    {
      Organisme: "Université de Test",
      Acronyme: "UT",
      Annuaire: "https://lannuaire.service-public.fr/y",
      PULL: "",
    },
  ]),
  "sill/sill-api-2022/software.csv":
    "ID,nom,fonction,annees,statut,parent,public,support,similaire-a,wikidata,comptoir-du-libre,licence,contexte-usage,label,fiche,atelier,test,groupe,version_min,version_max\n1,LibreOffice,Bureautique,2022,R,,,,,Q10135,5,MPL-2.0,,,,,,MIMO,7,\n",
  "sill/sill-api-2022/services.csv": `id,agency_name,public_sector,agency_url,service_name,service_url,description,software_name,software_sill_id,software_comptoir_id,publication_date,last_update_date,signup_scope,usage_scope,signup_validation_method,content_moderation_method
1,DINUM,State,https://www.numerique.gouv.fr/,Bureau,https://office.example.gouv.fr,d,LibreOffice,1,5,2019,2020,a,b,c,d
2,CD99,Local governments,https://cd99.example.fr,Writer en ligne,https://writer.cd99.example.fr,d,writer,,,2020,2020,a,b,c,d
3,CD99,Local governments,https://cd99.example.fr,Pad,https://pad.cd99.example.fr,d,etherpad,,,2020,2020,a,b,c,d
`,
  "codegouvfr-website/public/docs/marches-logiciels-libres-liste-logiciels.csv":
    "libreoffice\nsomething else\n",
  "suitenumerique/repos-summary.csv": `repo,snapshot_commit,snapshot_date,first_commit_date,commits_no_merges,distinct_author_emails,human_author_emails,human_authors_active_12m_before_snapshot
suitenumerique/docs,abc,2026-08-20,2023-12-10,100,3,2,2
suitenumerique/ui-kit,def,2026-07-01,2025-01-14,10,1,1,1
suitenumerique/django-lasuite,ghi,2026-04-06,2025-02-06,5,1,1,1
`,
  "suitenumerique/contributors-by-repo.csv": `repo,snapshot_commit,contributor_id,is_bot,email_domain_class,public_sector_domain,email_tld,commits,first_commit_date,last_commit_date
suitenumerique/docs,abc,aaaaaaaaaaaa,0,public_sector,mail.numerique.gouv.fr,fr,50,2024-01-01,2026-08-01
suitenumerique/docs,abc,bbbbbbbbbbbb,0,public_sector,zendis.de,de,20,2024-06-01,2026-07-01
suitenumerique/docs,abc,cccccccccccc,1,other,,com,30,2024-01-01,2026-08-01
suitenumerique/ui-kit,def,aaaaaaaaaaaa,0,public_sector,mail.numerique.gouv.fr,fr,10,2025-01-14,2026-07-01
`,
  "suitenumerique/repos/docs/publiccode.yml": `publiccodeYmlVersion: "0.4"
usedBy:
  - DINUM
fundedBy:
  url: https://www.numerique.gouv.fr
legal:
  license: MIT
maintenance:
  type: internal
  contacts:
    - name: Camille Exemple
      email: camille.exemple@numerique.gouv.fr
`,
  "suitenumerique/repos/docs/src/frontend/package.json": JSON.stringify({
    name: "app-impress",
    private: true,
    dependencies: { "@gouvfr-lasuite/ui-kit": "0.25.0", react: "19.0.0", "packages-i18n": "*" },
    devDependencies: { jest: "29.0.0", react: "19.0.0" },
  }),
  "suitenumerique/repos/docs/src/frontend/packages/i18n/package.json": JSON.stringify({
    name: "packages-i18n",
    private: true,
  }),
  "suitenumerique/repos/docs/src/backend/pyproject.toml": `[project]
name = "impress"
dependencies = [
    "django-lasuite[all]==0.0.27",
    "Django==5.2.1", # comment with "quotes"
]
[project.optional-dependencies]
dev = ["pytest==8.0"]
[tool.ruff]
lint.per-file-ignores = { "**/tests/*"= [
    "S",
]}
`,
  "suitenumerique/repos/ui-kit/package.json": JSON.stringify({
    name: "@gouvfr-lasuite/ui-kit",
    private: false,
    dependencies: { react: "19.0.0" },
  }),
  "suitenumerique/repos/django-lasuite/pyproject.toml":
    '[project]\nname = "django-lasuite"\ndependencies = ["django>=5.0"]\n',
  "codegouvfr-output-data/comptes-organismes-publics.yml": "{}\n",
  "public-repos/repos.csv":
    "repo,referenced_by,snapshot_commit,snapshot_date,first_commit_date,commits_no_merges,distinct_author_emails,human_author_emails,human_authors_active_12m_before_snapshot,license_spdx,ecosystems\n",
  "public-repos/contributors-by-repo.csv":
    "repo,snapshot_commit,contributor_id,is_bot,email_domain_class,public_sector_domain,email_tld,commits,first_commit_date,last_commit_date\n",
  "public-repos/dependencies.csv": "repo,manifest_path,ecosystem,dependency,requirement,scope\n",
  "public-repos/packages-published.csv": "repo,manifest_path,ecosystem,package\n",
  "public-repos/not-fetched.csv": "repo,reason,referenced_by\n",
  "public-statements.yml": `deployments:
  - {software: docs, host: docs.numerique.gouv.fr, operator: DINUM, login: ProConnect, stated_in: README}
  - {software: docs, host: docs.example.nl, operator: mosa.cloud (Dutch company, demo instance), stated_in: README}
`,
};

export interface FixtureData {
  dir: string;
  cleanup: () => void;
}

/** Creates the fixture data folder; `overrides` replace/add text files, `betagouv` collection files. */
export function writeFixtureData(
  options: { text?: Files; betagouv?: Record<string, Files> } = {},
): FixtureData {
  const dir = mkdtempSync(path.join(os.tmpdir(), "seed-fixture-"));
  for (const [rel, content] of Object.entries({ ...TEXT_FILES, ...(options.text ?? {}) })) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  const collections = { ...BETAGOUV, ...(options.betagouv ?? {}) };
  mkdirSync(path.join(dir, "betagouv"), { recursive: true });
  for (const [name, files] of Object.entries(collections)) {
    const staging = mkdtempSync(path.join(os.tmpdir(), "seed-tar-"));
    mkdirSync(path.join(staging, "content", `_${name}`), { recursive: true });
    for (const [file, content] of Object.entries(files)) {
      writeFileSync(path.join(staging, "content", `_${name}`, file), content);
    }
    createTar(
      {
        gzip: true,
        file: path.join(dir, "betagouv", `${name}.tar.gz`),
        cwd: staging,
        sync: true,
        portable: true,
      },
      ["content"],
    );
    rmSync(staging, { recursive: true, force: true });
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
