import { useEffect, useMemo } from "preact/hooks";
import { EntityPicker } from "./components/entity-picker";
import type { Route } from "./logic/route";
import { formatRoute } from "./logic/route";
import { navigate, onLinkClick, useRoute } from "./router";
import {
  CriticalMass,
  Dependencies,
  Entity,
  Exposure,
  Ministry,
  Path,
  preloadRoute,
  Reuse,
  Search,
} from "./lazy-views";

const TITLES: Record<Route["view"], string> = {
  search: "Recherche",
  entity: "Entité",
  dependencies: "Dépendances",
  exposure: "Exposition",
  "critical-mass": "Masse critique",
  reuse: "Matrice de réutilisation",
  ministry: "Ministère",
  path: "Chemin",
  "not-found": "Page introuvable",
};

function View({ route }: { route: Route }) {
  switch (route.view) {
    case "search":
      return <Search.View query={route.query} />;
    case "entity":
      return <Entity.View key={route.id} id={route.id} types={route.types} />;
    case "dependencies":
      return <Dependencies.View id={route.id} depth={route.depth} />;
    case "exposure":
      return <Exposure.View id={route.id} />;
    case "critical-mass":
      return <CriticalMass.View id={route.id} />;
    case "reuse":
      return <Reuse.View level={route.level} expanded={route.expanded} />;
    case "ministry":
      return <Ministry.View ministryKey={route.key} />;
    case "path":
      return <Path.View from={route.from} to={route.to} />;
    case "not-found":
      return (
        <p role="alert">
          Cette adresse ne correspond à aucune vue. <a href="/">Retour à la recherche</a>
        </p>
      );
  }
}

/** The explorer's shell: header with navigation and quick search, the current view, footer. */
export function App() {
  const route = useRoute();
  const url = formatRoute(route);
  useMemo(() => preloadRoute(route), [url]); // the view's code and data at once, before it mounts
  useEffect(() => {
    document.title = `${TITLES[route.view]} — Explorateur du numérique public`;
  }, [route]);
  return (
    <div onClick={onLinkClick}>
      <a class="skip-link" href="#main">
        Aller au contenu
      </a>
      <header class="site-header">
        <div class="brand">
          <p class="marianne" aria-hidden="true">
            République
            <br />
            Française
          </p>
          <a href="/" class="site-title">
            Explorateur du numérique public
          </a>
        </div>
        <nav aria-label="Navigation principale">
          <ul>
            <li>
              <a
                href={formatRoute({ view: "search", query: "" })}
                aria-current={route.view === "search" ? "page" : undefined}
              >
                Recherche
              </a>
            </li>
            <li>
              <a
                href={formatRoute({ view: "reuse", level: "MINISTRY", expanded: [] })}
                aria-current={route.view === "reuse" ? "page" : undefined}
              >
                Réutilisation
              </a>
            </li>
            <li>
              <a
                href={formatRoute({ view: "path", from: "", to: "" })}
                aria-current={route.view === "path" ? "page" : undefined}
              >
                Chemin
              </a>
            </li>
            <li>
              <a href="/ide">API GraphQL</a>
            </li>
          </ul>
        </nav>
        {route.view !== "search" && (
          <div class="quick-search">
            <EntityPicker
              label="Aller à une entité"
              onChoose={hit => navigate({ view: "entity", id: hit.id, types: [] })}
            />
          </div>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        <View route={route} />
      </main>
      <footer class="site-footer">
        <p>
          Données : beta.gouv.fr (CC BY-NC-SA 4.0), code.gouv.fr, SILL et inventaire des dépôts
          publics (Licence Ouverte 2.0), La Suite numérique ; chaque fait affiche sa source. Les
          personnes sont pseudonymisées.
        </p>
      </footer>
    </div>
  );
}
