/**
 * Views loaded on demand (one chunk per view, so the first route loads only the shell and its
 * own view), and the route prefetch: a route's view code and its data are requested at the same
 * time, instead of the data after the code.
 */
import type { ComponentType, FunctionComponent } from "preact";
import { useEffect, useState } from "preact/hooks";
import { entityVariables, neighbourhoodDoc } from "./api/entity-query";
import { prefetch } from "./api/prefetch";
import type { Route } from "./logic/route";

interface Lazy<P> {
  View: FunctionComponent<P>;
  load: () => Promise<ComponentType<P>>;
}

/** A view component whose code is imported the first time it is shown (or prefetched). */
function lazyView<P extends object>(importer: () => Promise<ComponentType<P>>): Lazy<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const load = () => {
    loading ??= importer().then(
      c => (loaded = c),
      error => {
        loading = undefined; // a later navigation tries again
        throw error;
      },
    );
    return loading;
  };
  const View: FunctionComponent<P> = props => {
    const [component, setComponent] = useState<{ c?: ComponentType<P>; error?: string }>({
      c: loaded,
    });
    useEffect(() => {
      if (!component.c) {
        load().then(
          c => setComponent({ c }),
          (error: unknown) => setComponent({ error: String(error) }),
        );
      }
    }, []);
    if (component.error) {
      return (
        <p class="error" role="alert">
          Cette vue n'a pas pu être chargée ({component.error}). Rechargez la page.
        </p>
      );
    }
    const C = component.c;
    return C ? (
      <C {...props} />
    ) : (
      <p class="muted" role="status">
        Chargement…
      </p>
    );
  };
  return { View, load };
}

export const Search = lazyView(() => import("./views/search").then(m => m.SearchView));
export const Entity = lazyView(() => import("./views/entity").then(m => m.EntityView));
export const Dependencies = lazyView(() =>
  import("./views/dependencies").then(m => m.DependenciesView),
);
export const Exposure = lazyView(() => import("./views/exposure").then(m => m.ExposureView));
export const CriticalMass = lazyView(() =>
  import("./views/critical-mass").then(m => m.CriticalMassView),
);
export const Reuse = lazyView(() => import("./views/reuse").then(m => m.ReuseView));
export const Ministry = lazyView(() => import("./views/ministry").then(m => m.MinistryView));
export const Path = lazyView(() => import("./views/path").then(m => m.PathView));

const LAZY: Partial<Record<Route["view"], { load: () => Promise<unknown> }>> = {
  search: Search,
  entity: Entity,
  dependencies: Dependencies,
  exposure: Exposure,
  "critical-mass": CriticalMass,
  reuse: Reuse,
  ministry: Ministry,
  path: Path,
};

/** Starts loading a route's view code and, for the entity page, its data (idempotent). */
export function preloadRoute(route: Route): void {
  LAZY[route.view]?.load().catch(() => undefined); // the view reports it when shown
  if (route.view === "entity") {
    prefetch(neighbourhoodDoc, "ExplorerNeighbourhood", entityVariables(route.id, route.types));
  }
}
