/**
 * Closed vocabularies of stored properties, served as GraphQL enums. Stored values stay as the
 * sources write them; each enum value names one (SCREAMING_CASE) and says what it means.
 */
export interface VocabularyValue {
  /** GraphQL enum value. */
  name: string;
  /** Value stored in the graph. */
  stored: string;
  description: string;
}

export interface Vocabulary {
  /** GraphQL enum name. */
  name: string;
  description: string;
  values: readonly VocabularyValue[];
}

/** beta.gouv.fr phases (`content/_phases/*.md` of the beta.gouv.fr repository: status, label). */
export const STARTUP_PHASE: Vocabulary = {
  name: "StartupPhase",
  description:
    "Phase of a start-up d'État, from beta.gouv.fr's phase vocabulary (content/_phases); the " +
    "current phase is the one with the latest start.",
  values: [
    {
      name: "INVESTIGATION",
      stored: "investigation",
      description: "Investigation: confirming a user problem and its context.",
    },
    {
      name: "CONSTRUCTION",
      stored: "construction",
      description: "Construction: a team builds and tests a first version (MVP).",
    },
    {
      name: "ACCELERATION",
      stored: "acceleration",
      description: "Accélération: the service is deployed and grows its impact.",
    },
    {
      name: "CONSOLIDATION",
      stored: "consolidation",
      description: "En consolidation: leaving incubation; long-term operation being set up.",
    },
    {
      name: "TRANSFERE",
      stored: "transfere",
      description: "Transféré: left the programme, still available to its users.",
    },
    {
      name: "OPERE",
      stored: "opere",
      description: "Opéré au sein du réseau beta.gouv.fr: mature, operated by the network.",
    },
    {
      name: "ABANDON",
      stored: "abandon",
      description: "Services arrêtés: stopped during incubation, no longer available.",
    },
    {
      name: "ABANDON_INVESTIGATION",
      stored: "abandon-investigation",
      description: "Investigations non concluantes: the investigation did not lead to a service.",
    },
  ],
};

/** SILL 2022 `st` (R, O, FR), stored normalised. */
export const SILL_STATUS: Vocabulary = {
  name: "SillStatus",
  description: "Status of a software in the SILL 2022 catalogue (field `st`).",
  values: [
    {
      name: "RECOMMENDED",
      stored: "RECOMMENDED",
      description: "R: recommended for use in the administration.",
    },
    { name: "OBSERVATION", stored: "OBSERVATION", description: "O: under observation." },
    { name: "REMOVED", stored: "REMOVED", description: "FR: removed from the catalogue." },
  ],
};

/** Sector of a body or of a contributor's affiliation (seed/curated.yml `sectors`, src/importers/curated/schema.ts). */
export const SECTOR: Vocabulary = {
  name: "Sector",
  description:
    "Sector of a body, or of the body a contributor is affiliated with (curated vocabulary of the seed).",
  values: [
    {
      name: "STATE",
      stored: "STATE",
      description: "The French State: ministries, agencies, public bodies.",
    },
    { name: "COMPANY", stored: "COMPANY", description: "A private company." },
    {
      name: "CIVIL_SOCIETY",
      stored: "CIVIL_SOCIETY",
      description: "Associations, foundations, individuals acting on their own.",
    },
    {
      name: "FOREIGN_STATE",
      stored: "FOREIGN_STATE",
      description: "A foreign state or EU institution.",
    },
    { name: "UNKNOWN", stored: "UNKNOWN", description: "Not known from the sources." },
  ],
};

/** Kind of a European partner (seed/curated.yml `partners[].kind`). */
export const PARTNER_KIND: Vocabulary = {
  name: "PartnerKind",
  description: "Kind of a European partner (curated vocabulary of the seed).",
  values: [
    { name: "STATE", stored: "STATE", description: "A state's government." },
    { name: "AGENCY", stored: "AGENCY", description: "A state agency." },
    {
      name: "EU_INSTITUTION",
      stored: "EU_INSTITUTION",
      description: "An institution of the European Union.",
    },
    {
      name: "PROGRAMME",
      stored: "PROGRAMME",
      description: "A programme or consortium (e.g. openDesk).",
    },
  ],
};
