import { useMemo } from "preact/hooks";
import type {
  ExplorerDependenciesQuery,
  ExplorerDependenciesQueryVariables,
} from "../api/__generated__/operations";
import dependenciesDoc from "../api/operations/dependencies.graphql?raw";
import { useQuery } from "../api/use-query";
import { DataTable } from "../components/data-table";
import { GraphCanvas } from "../components/graph-canvas";
import { MethodDetails } from "../components/method-details";
import { QueryStatus } from "../components/status";
import { licenceClassName } from "../logic/format";
import { dependenciesToGraph } from "../logic/graph-data";
import { formatRoute, MAX_DEPTH } from "../logic/route";
import { dependenciesTable } from "../logic/view-tables";
import { navigate } from "../router";

/** Dependencies of a tool, repository or start-up: tree with a depth control, DIRECT/INDIRECT, licences. */
export function DependenciesView({ id, depth }: { id: string; depth: number }) {
  const state = useQuery<ExplorerDependenciesQuery, ExplorerDependenciesQueryVariables>(
    dependenciesDoc,
    "ExplorerDependencies",
    { of: { id }, maxDepth: depth },
  );
  const d = state.status === "done" ? state.data.dependencies : undefined;
  const graph = useMemo(() => (d ? dependenciesToGraph(d.subject, d.items) : undefined), [d]);
  const table = useMemo(() => (d ? dependenciesTable(d.subject, d.items) : undefined), [d]);
  return (
    <article aria-labelledby="deps-title">
      <h1 id="deps-title">Dépendances{d ? ` de ${d.subject.name}` : ""}</h1>
      <form class="controls" onSubmit={e => e.preventDefault()}>
        <label for="depth">Profondeur maximale</label>
        <select
          id="depth"
          value={String(depth)}
          onChange={e =>
            navigate(
              { view: "dependencies", id, depth: Number((e.target as HTMLSelectElement).value) },
              true,
            )
          }
        >
          {Array.from({ length: MAX_DEPTH }, (_, i) => i + 1).map(n => (
            <option key={n} value={String(n)} selected={n === depth}>
              {n}
            </option>
          ))}
        </select>
        <a href={formatRoute({ view: "entity", id, types: [] })}>Page de l'entité</a>
      </form>
      <QueryStatus state={state} />
      {d && graph && table && (
        <>
          <ul class="figures" aria-label="Chiffres clés">
            <li>
              <strong>{d.directCount}</strong> directes
            </li>
            <li>
              <strong>{d.indirectCount}</strong> indirectes
            </li>
            <li>
              <strong>{d.totalCount}</strong> au total
            </li>
          </ul>
          <h2>Classes de licence</h2>
          <ul class="licence-classes">
            {d.licenceClasses.map(c => (
              <li key={c.licenceClass} class={`licence-${c.licenceClass.toLowerCase()}`}>
                {licenceClassName(c.licenceClass)} : <strong>{c.count}</strong>
              </li>
            ))}
          </ul>
          <p class="muted">
            Une licence absente des sources est comptée comme <em>inconnue</em>, jamais comme libre.
            Trait plein : dépendance directe ; trait clair : indirecte.
          </p>
          <GraphCanvas
            data={graph}
            label={`Dépendances de ${d.subject.name} jusqu'à la profondeur ${depth}`}
            onNodeClick={nodeId => navigate({ view: "entity", id: nodeId, types: [] })}
          />
          <MethodDetails method={d.method} />
          <DataTable table={table} />
        </>
      )}
    </article>
  );
}
