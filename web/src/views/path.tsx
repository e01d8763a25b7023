import { useMemo } from "preact/hooks";
import type {
  ExplorerConnectionPathQuery,
  ExplorerConnectionPathQueryVariables,
} from "../api/__generated__/operations";
import pathDoc from "../api/operations/path.graphql?raw";
import { useQuery } from "../api/use-query";
import { EntityPicker } from "../components/entity-picker";
import { GraphCanvas } from "../components/graph-canvas";
import { MethodDetails } from "../components/method-details";
import { QueryStatus } from "../components/status";
import { pathToGraph } from "../logic/graph-data";
import { relationshipName } from "../logic/kinds";
import { navigate } from "../router";

/** Connection path between two entities, drawn, with each step and its sources. */
export function PathView({ from, to }: { from: string; to: string }) {
  const state = useQuery<ExplorerConnectionPathQuery, ExplorerConnectionPathQueryVariables>(
    pathDoc,
    "ExplorerConnectionPath",
    from && to ? { from: { id: from }, to: { id: to } } : null,
  );
  const p = state.status === "done" ? state.data.connectionPath : undefined;
  const graph = useMemo(() => (p ? pathToGraph(p.nodes, p.steps) : undefined), [p]);
  return (
    <article aria-labelledby="path-title">
      <h1 id="path-title">Chemin entre deux entités</h1>
      <div class="two-columns">
        <EntityPicker
          label="Depuis"
          onChoose={hit => navigate({ view: "path", from: hit.id, to }, true)}
        />
        <EntityPicker
          label="Vers"
          onChoose={hit => navigate({ view: "path", from, to: hit.id }, true)}
        />
      </div>
      {(!from || !to) && <p class="muted">Choisissez les deux extrémités.</p>}
      {from && to && <QueryStatus state={state} />}
      {p && graph && (
        <>
          <h2>
            {p.from.name} → {p.to.name}
          </h2>
          {p.length === null || p.length === undefined ? (
            <p>Aucun chemin trouvé jusqu'à la longueur maximale.</p>
          ) : (
            <>
              <p>
                Longueur {p.length} ; {p.shortestPaths} plus court{p.shortestPaths > 1 ? "s" : ""}{" "}
                chemin
                {p.shortestPaths > 1 ? "s" : ""}.
              </p>
              <ol class="steps">
                {p.steps.map((s, i) => (
                  <li key={i}>
                    {p.nodes[i]?.name} {s.forward ? "—" : "←"}{" "}
                    <strong>{relationshipName(s.relationship)}</strong> {s.forward ? "→" : "—"}{" "}
                    {p.nodes[i + 1]?.name}{" "}
                    <span class="muted">(sources : {s.sources.join(", ") || "inconnues"})</span>
                  </li>
                ))}
              </ol>
              <GraphCanvas
                data={graph}
                label={`Chemin de ${p.from.name} à ${p.to.name}`}
                onNodeClick={id => navigate({ view: "entity", id, types: [] })}
              />
            </>
          )}
          <MethodDetails method={p.method} />
        </>
      )}
    </article>
  );
}
