/**
 * The explorer's routes: every view has a URL that reproduces it (path + query string). Pure
 * parse/format functions (unit-tested); the app listens to history changes.
 */

export type Route =
  | { view: "search"; query: string }
  | { view: "entity"; id: string; types: string[] }
  | { view: "dependencies"; id: string; depth: number }
  | { view: "exposure"; id: string }
  | { view: "critical-mass"; id: string }
  | { view: "reuse"; level: "MINISTRY" | "ORGANIZATION"; expanded: string[] }
  | { view: "ministry"; key: string }
  | { view: "path"; from: string; to: string }
  | { view: "not-found"; path: string };

export const DEFAULT_DEPTH = 2;
export const MAX_DEPTH = 6;

const SEGMENTS: Record<string, Route["view"]> = {
  entite: "entity",
  dependances: "dependencies",
  exposition: "exposure",
  "masse-critique": "critical-mass",
  ministere: "ministry",
};

function list(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? "")
    .split(",")
    .map(x => x.trim())
    .filter(x => x !== "");
}

/** `/dependances/<id>?profondeur=3` → route. Unknown paths give `not-found`. */
export function parseRoute(pathname: string, search: string): Route {
  const params = new URLSearchParams(search);
  const parts = pathname.split("/").filter(Boolean).map(decodeURIComponent);
  const [head, arg] = parts;
  if (parts.length === 0 || (head === "recherche" && parts.length === 1)) {
    return { view: "search", query: params.get("q") ?? "" };
  }
  if (head === "reutilisation" && parts.length === 1) {
    return {
      view: "reuse",
      level: params.get("niveau") === "organisation" ? "ORGANIZATION" : "MINISTRY",
      expanded: list(params, "suites"),
    };
  }
  if (head === "chemin" && parts.length === 1) {
    return { view: "path", from: params.get("de") ?? "", to: params.get("vers") ?? "" };
  }
  const view = head ? SEGMENTS[head] : undefined;
  if (view && arg && parts.length === 2) {
    switch (view) {
      case "entity":
        return { view, id: arg, types: list(params, "relations") };
      case "dependencies": {
        const depth = Number(params.get("profondeur") ?? DEFAULT_DEPTH);
        return {
          view,
          id: arg,
          depth: Number.isInteger(depth) ? Math.min(MAX_DEPTH, Math.max(1, depth)) : DEFAULT_DEPTH,
        };
      }
      case "ministry":
        return { view, key: arg };
      case "exposure":
      case "critical-mass":
        return { view, id: arg };
      default:
        break;
    }
  }
  return { view: "not-found", path: pathname };
}

function withQuery(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") {
      query.set(name, value);
    }
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

const seg = (value: string): string => encodeURIComponent(value);

/** Route → URL (path and query string); `parseRoute(formatRoute(r))` gives `r` back. */
export function formatRoute(route: Route): string {
  switch (route.view) {
    case "search":
      return withQuery("/recherche", { q: route.query });
    case "entity":
      return withQuery(`/entite/${seg(route.id)}`, { relations: route.types.join(",") });
    case "dependencies":
      return withQuery(`/dependances/${seg(route.id)}`, { profondeur: String(route.depth) });
    case "exposure":
      return `/exposition/${seg(route.id)}`;
    case "critical-mass":
      return `/masse-critique/${seg(route.id)}`;
    case "reuse":
      return withQuery("/reutilisation", {
        niveau: route.level === "ORGANIZATION" ? "organisation" : undefined,
        suites: route.expanded.join(","),
      });
    case "ministry":
      return `/ministere/${seg(route.key)}`;
    case "path":
      return withQuery("/chemin", { de: route.from, vers: route.to });
    case "not-found":
      return route.path;
  }
}

/** Decodes a global id (`base64url(Label:key)`) in the browser; null when it is not one. */
export function decodeGlobalId(id: string): { label: string; key: string } | null {
  try {
    const base64 = id.replace(/-/g, "+").replace(/_/g, "/");
    const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
    const text = new TextDecoder().decode(Uint8Array.from(binary, c => c.charCodeAt(0)));
    const colon = text.indexOf(":");
    return colon > 0 ? { label: text.slice(0, colon), key: text.slice(colon + 1) } : null;
  } catch {
    return null;
  }
}
