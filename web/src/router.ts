import { useEffect, useState } from "preact/hooks";
import { formatRoute, parseRoute, type Route } from "./logic/route";

const listeners = new Set<() => void>();

/** Goes to a route (pushes a history entry; `replace` for filter changes within a view). */
export function navigate(route: Route | string, replace = false): void {
  const url = typeof route === "string" ? route : formatRoute(route);
  if (url !== location.pathname + location.search) {
    history[replace ? "replaceState" : "pushState"](null, "", url);
  }
  listeners.forEach(l => l());
}

export function useRoute(): Route {
  const read = () => parseRoute(location.pathname, location.search);
  const [route, setRoute] = useState<Route>(read);
  useEffect(() => {
    const update = () => setRoute(read());
    listeners.add(update);
    window.addEventListener("popstate", update);
    return () => {
      listeners.delete(update);
      window.removeEventListener("popstate", update);
    };
  }, []);
  return route;
}

/** Internal links: plain `<a href>` (shareable, open in a new tab) handled without reload. */
export function onLinkClick(event: MouseEvent): void {
  const target = (event.target as HTMLElement | null)?.closest("a");
  if (
    !target ||
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey ||
    target.target ||
    target.origin !== location.origin ||
    target.hasAttribute("download") ||
    /^\/(graphql|ide)/.test(target.pathname)
  ) {
    return;
  }
  event.preventDefault();
  navigate(target.pathname + target.search);
}
