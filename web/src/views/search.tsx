import { useEffect, useState } from "preact/hooks";
import type {
  ExplorerSearchQuery,
  ExplorerSearchQueryVariables,
} from "../api/__generated__/operations";
import searchDoc from "../api/operations/search.graphql?raw";
import { useQuery } from "../api/use-query";
import { KindBadge } from "../components/entity-link";
import { QueryStatus } from "../components/status";
import { formatRoute } from "../logic/route";
import { navigate } from "../router";

/** Search: full-text across every kind of entity, results as links to their pages. */
export function SearchView({ query }: { query: string }) {
  const [text, setText] = useState(query);
  const [debounced, setDebounced] = useState(query);
  useEffect(() => {
    const timer = setTimeout(() => {
      setDebounced(text.trim());
      navigate({ view: "search", query: text.trim() }, true);
    }, 200);
    return () => clearTimeout(timer);
  }, [text]);
  const state = useQuery<ExplorerSearchQuery, ExplorerSearchQueryVariables>(
    searchDoc,
    "ExplorerSearch",
    debounced.length >= 2 ? { query: debounced, first: 30 } : null,
  );
  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">Rechercher dans le graphe</h1>
      <p class="lead">
        Ministères, directions numériques, organisations, incubateurs, start-ups d'État, logiciels,
        dépôts, paquets, partenaires européens et contributeurs (pseudonymisés).
      </p>
      <form role="search" onSubmit={e => e.preventDefault()}>
        <label for="search-input">Nom, sigle ou clé</label>
        <input
          id="search-input"
          type="search"
          value={text}
          autoFocus
          placeholder="Docs, Armées, django-lasuite…"
          onInput={e => setText((e.target as HTMLInputElement).value)}
        />
      </form>
      {debounced.length >= 2 && <QueryStatus state={state} />}
      {state.status === "done" && debounced.length >= 2 && (
        <div>
          <p role="status" class="muted">
            {state.data.search.length} résultat{state.data.search.length > 1 ? "s" : ""} pour «{" "}
            {debounced} »
          </p>
          <ol class="results" aria-label="Résultats de la recherche">
            {state.data.search.map(hit => (
              <li key={hit.node.id}>
                <a href={formatRoute({ view: "entity", id: hit.node.id, types: [] })}>
                  {hit.node.displayName}
                </a>{" "}
                <KindBadge kind={hit.node.entityKind} />
              </li>
            ))}
          </ol>
        </div>
      )}
      <h2>Vues</h2>
      <ul class="cards">
        <li>
          <a href={formatRoute({ view: "reuse", level: "MINISTRY", expanded: [] })}>
            Matrice de réutilisation
          </a>
          <p>Ministères × outils partagés, avec les preuves de chaque case.</p>
        </li>
        <li>
          <a
            href={formatRoute({
              view: "dependencies",
              id: "U29mdHdhcmU6bGFzdWl0ZTpkb2Nz",
              depth: 2,
            })}
          >
            Dépendances de Docs
          </a>
          <p>Arbre des dépendances directes et indirectes, licences comprises.</p>
        </li>
        <li>
          <a href={formatRoute({ view: "critical-mass", id: "U29mdHdhcmU6bGFzdWl0ZTpkb2Nz" })}>
            Masse critique de Docs
          </a>
          <p>Contributeurs dans le temps, facteurs d'absence et d'éléphant, secteurs.</p>
        </li>
        <li>
          <a href={formatRoute({ view: "ministry", key: "armees" })}>Ministère des Armées</a>
          <p>
            Opérateurs, direction numérique, start-ups, outils et points de défaillance uniques.
          </p>
        </li>
        <li>
          <a href={formatRoute({ view: "path", from: "", to: "" })}>Chemin entre deux entités</a>
          <p>L'explication la plus courte du lien entre deux entités.</p>
        </li>
      </ul>
    </section>
  );
}
