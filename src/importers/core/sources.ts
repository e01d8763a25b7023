import { type Provenance } from "../snapshot-format";

/** The fixed set of source ids a provenance entry may name. */
export const SOURCE_IDS = [
  "betagouv",
  "codegouvfr-data",
  "codegouvfr-output-data",
  "codegouvfr-website",
  "codes-sources-fr-2021",
  "curated",
  "public-repos",
  "public-statements",
  "sill-2022",
  "suitenumerique",
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export interface SourceMeta {
  name: string;
  url: string;
  commit: string;
  snapshotDate: string;
  licence: string;
  licenceUrl: string;
}

const ETALAB = "Etalab-2.0";
const ETALAB_URL = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";

/** Origin, commit, date and licence of each source (from shared/data/README.md). */
export const SOURCES: Readonly<Record<SourceId, SourceMeta>> = {
  betagouv: {
    name: "beta.gouv.fr content collections",
    url: "https://github.com/betagouv/beta.gouv.fr",
    commit: "693fb7c4d86300526fdf743fd43a586d71adb242",
    snapshotDate: "2026-08-20",
    licence: "CC-BY-NC-SA-4.0",
    licenceUrl: "https://creativecommons.org/licenses/by-nc-sa/4.0/",
  },
  "codegouvfr-data": {
    name: "code.gouv.fr reference lists",
    url: "https://github.com/codegouvfr/codegouvfr-data",
    commit: "986231be3f3a38155848999bc38f3527810f3fd7",
    snapshotDate: "2025-09-24",
    licence: ETALAB,
    licenceUrl: ETALAB_URL,
  },
  "codegouvfr-output-data": {
    name: "code.gouv.fr forge accounts list, 2024 (names the administration each account serves)",
    url: "https://github.com/codegouvfr/codegouvfr-output-data",
    commit: "41094735bbf07a876eb5fdf32ebe8a28b11e66fc",
    snapshotDate: "2024-08-22",
    licence: ETALAB,
    licenceUrl: ETALAB_URL,
  },
  "codegouvfr-website": {
    name: "code.gouv.fr website (support-contract software list)",
    url: "https://github.com/codegouvfr/codegouvfr-website",
    commit: "e77bc3162f944c4d85e9d90cdf3a5e6968d6541f",
    snapshotDate: "2025-03-11",
    licence: ETALAB,
    licenceUrl: ETALAB_URL,
  },
  "codes-sources-fr-2021": {
    name: "Inventory of public source-code repositories (2021)",
    url: "https://github.com/etalab/data-codes-sources-fr",
    commit: "4db03241ec3cd125b452635e6d21ff8e17dd7a48",
    snapshotDate: "2021-11-15",
    licence: ETALAB,
    licenceUrl: ETALAB_URL,
  },
  curated: {
    name: "Curated facts of this project (seed/curated.yml, seed/aliases.yml)",
    url: "seed/curated.yml",
    commit: "",
    snapshotDate: "2026-11-23",
    licence: ETALAB,
    licenceUrl: ETALAB_URL,
  },
  "public-repos": {
    name: "Git facts of 277 public-sector GitHub repositories (derived: contributors, manifests, published packages)",
    url: "https://github.com",
    commit: "",
    snapshotDate: "2026-08-22",
    licence: "per-repository",
    licenceUrl: "https://spdx.org/licenses/",
  },
  "public-statements": {
    name: "Facts restated from READMEs and web pages (shared/data/public-statements.yml)",
    url: "https://github.com/suitenumerique",
    commit: "",
    snapshotDate: "2026-08-21",
    licence: "MIT",
    licenceUrl: "https://opensource.org/license/mit",
  },
  "sill-2022": {
    name: "Socle interministériel de logiciels libres (2022)",
    url: "https://github.com/etalab/sill-contents",
    commit: "59dbc8c9c1d455aee6b44c6d0e9c2a45f250b6bd",
    snapshotDate: "2022-05-10",
    licence: ETALAB,
    licenceUrl: ETALAB_URL,
  },
  suitenumerique: {
    name: "La Suite numérique repositories (manifests, derived contributor statistics)",
    url: "https://github.com/suitenumerique",
    commit: "",
    snapshotDate: "2026-08-21",
    licence: "MIT",
    licenceUrl: "https://opensource.org/license/mit",
  },
};

/** Builds one provenance entry; `date` defaults to the source snapshot date. */
export function prov(source: SourceId, record: string, date?: string, url?: string): Provenance {
  const meta = SOURCES[source];
  const entry: Provenance = {
    source,
    record,
    date: date ?? meta.snapshotDate,
    licence: meta.licence,
  };
  if (url !== undefined) {
    entry.url = url;
  }
  return entry;
}
