/** Licence classifier for SPDX-ish strings as found in the SILL, the 2021 inventory and npm. */

/** Licence class used by the sovereignty rules. */
export const LICENCE_CLASSES = [
  "OPEN",
  "PROPRIETARY",
  "DUAL_COMMERCIAL",
  "UNKNOWN",
  "NONE",
] as const;
export type LicenceClass = (typeof LICENCE_CLASSES)[number];

/** Terms meaning "no licence at all". */
const NONE_TERMS = new Set(["", "none", "no licence", "no license", "aucune", "sans licence"]);

/** Terms carrying no usable information. */
const UNKNOWN_TERMS = new Set(["noassertion", "other", "unknown", "autre", "inconnue", "custom"]);

/** Non-free terms (proprietary, commercial, source-available, non-commercial / no-derivatives). */
const PROPRIETARY_PREFIXES = [
  "proprietaire",
  "proprietary",
  "commercial",
  "closed",
  "licenseref-proprietary",
  "licenseref-commercial",
  "unlicensed", // npm: "UNLICENSED" = no rights granted (not "Unlicense")
  "busl",
  "business source",
  "sspl",
  "server side public",
  "elastic-2.0",
  "elastic license",
  "commons-clause",
  "cc-by-nc",
  "cc-by-nd",
];

/** OSI / FSF-approved families (prefix match on the normalised term). */
const OPEN_PREFIXES = [
  "mit",
  "apache",
  "gpl",
  "agpl",
  "lgpl",
  "gnu",
  "eupl",
  "european union public",
  "cecill",
  "mpl",
  "mozilla",
  "bsd",
  "0bsd",
  "isc",
  "zlib",
  "unlicense",
  "cc0",
  "creative commons zero",
  "cc-by",
  "artistic",
  "epl",
  "eclipse",
  "osl",
  "afl",
  "wtfpl",
  "postgresql",
  "python",
  "psf",
  "ofl",
  "bsl-1.0",
  "boost",
  "ms-pl",
  "ms-rl",
  "lppl",
  "upl",
  "ncsa",
  "x11",
  "zpl",
  "cddl",
  "w3c",
  "licence ouverte",
  "etalab",
  "public domain",
  "openssl",
  "ruby",
  "php-3",
  "vim",
  "blueoak",
];

/** Lower-cases, strips accents, a leading "the " and surrounding spaces. */
export function normaliseLicenceTerm(term: string): string {
  return term
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim()
    .replace(/^the\s+/, "");
}

/** Classifies a single licence term (no operators). */
export function classifyLicenceTerm(term: string): LicenceClass {
  const t = normaliseLicenceTerm(term);
  if (NONE_TERMS.has(t)) {
    return "NONE";
  }
  if (UNKNOWN_TERMS.has(t)) {
    return "UNKNOWN";
  }
  if (PROPRIETARY_PREFIXES.some(p => t.startsWith(p))) {
    return "PROPRIETARY";
  }
  return OPEN_PREFIXES.some(p => t.startsWith(p)) ? "OPEN" : "UNKNOWN";
}

function conjunction(terms: LicenceClass[]): LicenceClass {
  if (terms.includes("PROPRIETARY")) {
    return "PROPRIETARY";
  }
  return terms.every(t => t === "OPEN") ? "OPEN" : "UNKNOWN";
}

/**
 * Classifies a licence string into OPEN | PROPRIETARY | DUAL_COMMERCIAL | UNKNOWN | NONE.
 * Accepts SPDX expressions (`AND`, `OR`, `WITH`, parentheses) and inventory spellings (`/` as OR,
 * `,` `;` as AND, French words such as `Propriétaire`). An alternative (OR branch) is OPEN only if
 * all its terms are; any OPEN branch next to a PROPRIETARY one → DUAL_COMMERCIAL (e.g.
 * `GPL-3.0 OR PROPRIETARY`); `NOASSERTION` / `Other` → UNKNOWN; null / empty / `NONE` → NONE.
 *
 * References: https://spdx.github.io/spdx-spec/v2.3/SPDX-license-expressions/ ,
 * https://spdx.org/licenses/ , https://docs.npmjs.com/cli/v10/configuring-npm/package-json#license
 */
export function classifyLicence(raw: string | null | undefined): LicenceClass {
  const text = (raw ?? "").replace(/[()]/g, " ").replace(/\s+/g, " ").trim();
  if (classifyLicenceTerm(text) === "NONE") {
    return "NONE";
  }
  const alternatives = text.split(/\s+or\s+|\s*\/\s*|\s*\|\s*/i).map(alt =>
    conjunction(
      alt
        .split(/\s+and\s+|\s*[,;]\s*/i)
        .map(term => term.replace(/\s+with\s+.*$/i, ""))
        .filter(term => term.trim() !== "")
        .map(classifyLicenceTerm),
    ),
  );
  const hasOpen = alternatives.includes("OPEN");
  if (hasOpen && alternatives.includes("PROPRIETARY")) {
    return "DUAL_COMMERCIAL";
  }
  if (hasOpen) {
    return "OPEN";
  }
  return alternatives.length > 0 && alternatives.every(a => a === "PROPRIETARY")
    ? "PROPRIETARY"
    : "UNKNOWN";
}
