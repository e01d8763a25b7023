import { createHash } from "node:crypto";

/** Byte-order string comparison (locale-independent, for deterministic sorting). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Lower-case ASCII slug: accents removed, non-alphanumerics collapsed to "-". */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** First `length` hex characters of the SHA-256 of `text`. */
export function sha256Hex(text: string, length: number): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, length);
}

/** Pseudonymous key of a beta.gouv.fr member: `beta:` + 16 hex of SHA-256(member id). */
export function memberKey(memberId: string): string {
  return `beta:${sha256Hex(memberId, 16)}`;
}

/**
 * Normalised URL: lower-case, no scheme, no `www.`, no query/fragment, no `.git`, no trailing slash.
 * Returns undefined when the text is not an http(s) URL.
 */
export function normaliseUrl(raw: string): string | undefined {
  const text = raw.trim();
  const match = /^(?:https?:\/\/|git@)?([^/\s:]+\.[^/\s:]+)[/:]?([^\s]*)$/i.exec(text);
  if (!match || !/^(https?:\/\/|git@)/i.test(text)) {
    return undefined;
  }
  const host = (match[1] ?? "").toLowerCase().replace(/^www\./, "");
  let rest = (match[2] ?? "").replace(/[?#].*$/, "").toLowerCase();
  rest = rest
    .replace(/\/+$/, "")
    .replace(/\.git$/, "")
    .replace(/\/+$/, "");
  return rest === "" ? host : `${host}/${rest}`;
}

export type ForgeUrl =
  | { kind: "repository"; key: string; host: string; owner: string; path: string[] }
  | { kind: "account"; key: string; host: string; owner: string }
  | { kind: "other"; key: string; host: string };

const GITLAB_STOP = new Set(["-", "tree", "blob", "issues", "merge_requests", "wikis"]);

/** True when the host looks like a code forge (GitHub, GitLab, Gitea, Gogs…). */
export function isForgeHost(host: string, knownForges: ReadonlySet<string>): boolean {
  return (
    knownForges.has(host) || /(^|[.-])(git|gitlab|github|gitea|gogs|forge|framagit)/.test(host)
  );
}

/**
 * Classifies a normalised URL: a repository (`github.com/owner/name`, GitLab `host/group/…/name`),
 * a forge account (`github.com/owner`, `host/group`) or something else (pad, gitbook…).
 */
export function parseForgeUrl(normalised: string, knownForges: ReadonlySet<string>): ForgeUrl {
  const [host = "", ...segments] = normalised.split("/");
  if (!isForgeHost(host, knownForges)) {
    return { kind: "other", key: normalised, host };
  }
  let path = segments;
  if (host === "github.com") {
    if (path[0] === "orgs" && path[1] !== undefined) {
      return { kind: "account", key: `${host}/${path[1]}`, host, owner: path[1] };
    }
    path = path.slice(0, 2);
  } else {
    const stop = path.findIndex(s => GITLAB_STOP.has(s));
    path = stop >= 0 ? path.slice(0, stop) : path;
    if (path[0] === "groups") {
      path = path.slice(1);
    }
  }
  const owner = path[0];
  if (owner === undefined) {
    return { kind: "other", key: normalised, host };
  }
  if (path.length === 1) {
    return { kind: "account", key: `${host}/${owner}`, host, owner };
  }
  return { kind: "repository", key: `${host}/${path.join("/")}`, host, owner, path };
}

/** Splits "a ; b;c" lists as used by the SILL files. */
export function splitList(text: string | undefined, separator = ";"): string[] {
  if (text === undefined) {
    return [];
  }
  return text
    .split(separator)
    .map(s => s.trim())
    .filter(s => s !== "");
}

/** Sorted, de-duplicated copy. */
export function uniqSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(cmp);
}

/** "True"/"False"/"" → boolean | undefined. */
export function parseBool(text: string | undefined): boolean | undefined {
  const t = (text ?? "").trim().toLowerCase();
  if (t === "true" || t === "oui" || t === "1") {
    return true;
  }
  if (t === "false" || t === "non" || t === "0") {
    return false;
  }
  return undefined;
}

/** Integer or undefined. */
export function parseIntOrUndefined(text: string | undefined): number | undefined {
  const t = (text ?? "").trim();
  if (!/^-?\d+(\.0+)?$/.test(t)) {
    return undefined;
  }
  return Number.parseInt(t, 10);
}

/** ISO timestamp or date → "YYYY-MM-DD" (undefined if not a date). */
export function isoDay(text: unknown): string | undefined {
  if (text instanceof Date) {
    return Number.isNaN(text.getTime()) ? undefined : text.toISOString().slice(0, 10);
  }
  if (typeof text !== "string") {
    return undefined;
  }
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(text.trim());
  return m?.[1];
}
