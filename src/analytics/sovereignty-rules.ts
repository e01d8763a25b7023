/** Jurisdiction and maintenance rules of the sovereignty analytics. */
import { addMonthsUtc, assertInteger, parseIsoDate } from "./dates";

/** Which countries count as inside the jurisdiction. */
export const JURISDICTIONS = ["EU", "EU_EEA"] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** EU member states, ISO 3166-1 alpha-2 (plus `EL`, the EU's own code for Greece). */
export const EU_COUNTRIES: ReadonlySet<string> = new Set(
  "AT BE BG HR CY CZ DK EE FI FR DE GR EL HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split(" "),
);

/** EEA members outside the EU. */
export const EEA_ONLY_COUNTRIES: ReadonlySet<string> = new Set(["IS", "LI", "NO"]);

/**
 * Whether a vendor is inside the jurisdiction: a 2-letter `country` code decides; otherwise the
 * `isEU` flag; otherwise `null` (unknown).
 *
 * Reference: https://european-union.europa.eu/principles-countries-history/eu-countries_en
 */
export function jurisdictionOf(
  country: string | null | undefined,
  isEU: boolean | null | undefined,
  jurisdiction: Jurisdiction,
): boolean | null {
  const code = (country ?? "").trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(code)) {
    return EU_COUNTRIES.has(code) || (jurisdiction === "EU_EEA" && EEA_ONLY_COUNTRIES.has(code));
  }
  return typeof isEU === "boolean" ? isEU : null;
}

/**
 * True when the last activity is more than `months` calendar months before `asOf`; `null` when the
 * activity date is unknown (never read as unmaintained). Ours, in the spirit of the OpenSSF
 * Scorecard "Maintained" check (activity in the last 90 days) and DINUM floss-criteria.
 *
 * Reference: https://github.com/ossf/scorecard/blob/main/docs/checks.md#maintained
 */
export function unmaintained(
  lastActivity: string | null | undefined,
  asOf: string | Date,
  months = 24,
): boolean | null {
  assertInteger(months, "unmaintainedMonths", 0);
  if (lastActivity === null || lastActivity === undefined || lastActivity === "") {
    return null;
  }
  const ref = typeof asOf === "string" ? parseIsoDate(asOf, "asOf") : asOf;
  return (
    parseIsoDate(lastActivity, "lastActivity").getTime() < addMonthsUtc(ref, -months).getTime()
  );
}
