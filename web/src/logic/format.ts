/** Number and text formatting in French, with unknown values said as unknown. */

const NUMBER = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });
const SMALL = new Intl.NumberFormat("fr-FR", { maximumSignificantDigits: 3 });
const PERCENT = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 1 });

export const UNKNOWN_TEXT = "inconnu";

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value)
    ? UNKNOWN_TEXT
    : value !== 0 && Math.abs(value) < 0.01
      ? SMALL.format(value)
      : NUMBER.format(value);
}

export function formatShare(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value)
    ? UNKNOWN_TEXT
    : PERCENT.format(value);
}

/** French names of licence classes; a missing class or licence is unknown, never "open". */
const LICENCE_CLASSES: Record<string, string> = {
  OPEN: "libre",
  PROPRIETARY: "propriétaire",
  DUAL_COMMERCIAL: "double licence commerciale",
  NONE: "sans licence",
  UNKNOWN: "licence inconnue",
};

export function licenceClassName(value: string | null | undefined): string {
  return LICENCE_CLASSES[value ?? "UNKNOWN"] ?? LICENCE_CLASSES.UNKNOWN!;
}

export function licenceText(licence: string | null | undefined): string {
  return licence && licence.trim() !== "" ? licence : "licence inconnue";
}

/** A value of a fact sheet: lists joined, booleans in French, empty as unknown. */
export function factText(value: unknown): string {
  if (value === null || value === undefined || value === "") {
    return UNKNOWN_TEXT;
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? "—" : value.map(v => factText(v)).join(", ");
  }
  if (typeof value === "boolean") {
    return value ? "oui" : "non";
  }
  if (typeof value === "number") {
    return formatNumber(value);
  }
  if (typeof value === "object") {
    return JSON.stringify(value);
  }
  return String(value);
}
