import { useEffect, useMemo, useState } from "preact/hooks";
import type {
  ExplorerNeighbourhoodQuery,
  ExplorerNeighbourhoodQueryVariables,
  ExplorerProvenanceFragment,
} from "../api/__generated__/operations";
import { request } from "../api/client";
import { ENTITY_FIRST, entityVariables, neighbourhoodDoc } from "../api/entity-query";
import { useQuery } from "../api/use-query";
import { KindBadge } from "../components/entity-link";
import { GraphCanvas } from "../components/graph-canvas";
import { DataTable } from "../components/data-table";
import { QueryStatus } from "../components/status";
import { factText } from "../logic/format";
import {
  EMPTY_GRAPH,
  filterByRelationshipTypes,
  type GraphData,
  neighbourhoodToGraph,
} from "../logic/graph-data";
import { labelOfKind, relationshipName } from "../logic/kinds";
import { decodeGlobalId, formatRoute } from "../logic/route";
import { neighboursTable } from "../logic/view-tables";
import { navigate } from "../router";

type Hood = NonNullable<ExplorerNeighbourhoodQuery["neighbourhood"]>;

function Provenance({ list }: { list: ExplorerProvenanceFragment[] }) {
  return (
    <ul class="provenance">
      {list.map((p, i) => (
        <li key={i}>
          <strong>{p.source}</strong> — enregistrement <code>{p.record}</code>
          {p.date ? `, ${p.date}` : ", date inconnue"} — licence <em>{p.licence || "inconnue"}</em>
          {p.url && (
            <>
              {" "}
              —{" "}
              <a href={p.url} rel="noreferrer" target="_blank">
                source
              </a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Links to the analytic views that apply to a kind. */
function ViewLinks({ id, kind }: { id: string; kind: string }) {
  const label = labelOfKind(kind);
  const links: Array<[string, string]> = [];
  if (["Software", "Repository", "Startup"].includes(label)) {
    links.push(["Dépendances", formatRoute({ view: "dependencies", id, depth: 2 })]);
  }
  if (["Software", "Package", "Repository"].includes(label)) {
    links.push(["Exposition", formatRoute({ view: "exposure", id })]);
  }
  if (["Software", "Repository"].includes(label)) {
    links.push(["Masse critique", formatRoute({ view: "critical-mass", id })]);
  }
  if (label === "Ministry") {
    const key = decodeGlobalId(id)?.key;
    if (key) {
      links.push(["Page ministère", formatRoute({ view: "ministry", key })]);
    }
  }
  links.push(["Chemin depuis cette entité", formatRoute({ view: "path", from: id, to: "" })]);
  return (
    <nav aria-label="Vues de cette entité">
      <ul class="view-links">
        {links.map(([text, href]) => (
          <li key={href}>
            <a class="button" href={href}>
              {text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Entity page: facts with provenance, neighbourhood graph (click to expand, filter by type). */
export function EntityView({ id, types }: { id: string; types: string[] }) {
  const state = useQuery<ExplorerNeighbourhoodQuery, ExplorerNeighbourhoodQueryVariables>(
    neighbourhoodDoc,
    "ExplorerNeighbourhood",
    entityVariables(id, types),
  );
  const [graph, setGraph] = useState<GraphData>(EMPTY_GRAPH);
  const [expanding, setExpanding] = useState("");
  const hood: Hood | null | undefined =
    state.status === "done" ? state.data.neighbourhood : undefined;
  useEffect(() => {
    setGraph(hood ? neighbourhoodToGraph(hood) : EMPTY_GRAPH);
  }, [hood]);
  const shown = useMemo(() => filterByRelationshipTypes(graph, new Set(types)), [graph, types]);

  if (state.status !== "done") {
    return <QueryStatus state={state} />;
  }
  if (!hood) {
    return (
      <p class="error" role="alert">
        Cette entité n'existe pas (ou plus) dans le graphe.
      </p>
    );
  }
  const expand = async (nodeId: string) => {
    const name = graph.nodes.find(n => n.id === nodeId)?.name ?? nodeId;
    setExpanding(`Dépliage de ${name}…`);
    try {
      const data = await request<ExplorerNeighbourhoodQuery, ExplorerNeighbourhoodQueryVariables>(
        neighbourhoodDoc,
        "ExplorerNeighbourhood",
        { id: nodeId, relationshipTypes: types.length > 0 ? types : null, first: 50 },
      );
      if (data.neighbourhood) {
        const next = neighbourhoodToGraph(data.neighbourhood, graph);
        setGraph(next);
        setExpanding(`${name} déplié : ${next.nodes.length} nœuds.`);
      }
    } catch (error) {
      setExpanding(`Erreur : ${(error as Error).message}`);
    }
  };
  const toggleType = (type: string) => {
    const next = types.includes(type) ? types.filter(t => t !== type) : [...types, type];
    navigate({ view: "entity", id, types: next }, true);
  };
  const facts = Object.entries(hood.properties as Record<string, unknown>).sort(([a], [b]) =>
    a.localeCompare(b),
  );
  return (
    <article aria-labelledby="entity-title">
      <p>
        <KindBadge kind={hood.center.entityKind} />
      </p>
      <h1 id="entity-title">{hood.center.displayName}</h1>
      <ViewLinks id={id} kind={hood.center.entityKind} />
      <div class="two-columns">
        <section aria-labelledby="facts-title">
          <h2 id="facts-title">Faits</h2>
          <table class="facts">
            <caption class="sr-only">Faits de {hood.center.displayName}</caption>
            <tbody>
              {facts.map(([name, value]) => (
                <tr key={name}>
                  <th scope="row">{name}</th>
                  <td>{factText(value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>Provenance et licence</h3>
          <Provenance list={hood.center.provenance} />
        </section>
        <section aria-labelledby="graph-title">
          <h2 id="graph-title">Voisinage</h2>
          <fieldset class="filters">
            <legend>Types de relation affichés (aucun coché : tous)</legend>
            {hood.relationshipTypes.map(t => (
              <label key={t.type} class="check">
                <input
                  type="checkbox"
                  checked={types.includes(t.type)}
                  onChange={() => toggleType(t.type)}
                />
                {relationshipName(t.type)} <span class="muted">({t.count})</span>
              </label>
            ))}
          </fieldset>
          {hood.truncated && (
            <p class="muted">
              Seules les {ENTITY_FIRST} premières relations sont chargées ; filtrez par type pour
              voir les autres.
            </p>
          )}
          <GraphCanvas
            data={shown}
            label={`Voisinage de ${hood.center.displayName}`}
            onNodeClick={expand}
            actionLabel="Déplier"
          />
          <p role="status" class="muted">
            {expanding || "Cliquez sur un nœud pour le déplier."}
          </p>
        </section>
      </div>
      <section aria-labelledby="relations-title">
        <h2 id="relations-title">Relations, avec leur source</h2>
        <DataTable table={neighboursTable(hood.center, hood.neighbours)} />
      </section>
    </article>
  );
}
