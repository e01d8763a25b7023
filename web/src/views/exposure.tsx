import { useMemo } from "preact/hooks";
import type {
  ExplorerExposureQuery,
  ExplorerExposureQueryVariables,
} from "../api/__generated__/operations";
import exposureDoc from "../api/operations/exposure.graphql?raw";
import { useQuery } from "../api/use-query";
import { DataTable } from "../components/data-table";
import { GraphCanvas } from "../components/graph-canvas";
import { MethodDetails } from "../components/method-details";
import { QueryStatus } from "../components/status";
import { exposureToGraph } from "../logic/graph-data";
import { formatRoute } from "../logic/route";
import { exposureTable, ministryExposureTable } from "../logic/view-tables";
import { navigate } from "../router";

/** Exposure of a tool or package: who depends on it, rolled up to start-ups, organisations, ministries. */
export function ExposureView({ id }: { id: string }) {
  const state = useQuery<ExplorerExposureQuery, ExplorerExposureQueryVariables>(
    exposureDoc,
    "ExplorerExposure",
    {
      of: { id },
    },
  );
  const x = state.status === "done" ? state.data.exposure : undefined;
  const graph = useMemo(() => (x ? exposureToGraph(x) : undefined), [x]);
  return (
    <article aria-labelledby="exposure-title">
      <h1 id="exposure-title">Exposition{x ? ` à ${x.subject.name}` : ""}</h1>
      <p>
        <a href={formatRoute({ view: "entity", id, types: [] })}>Page de l'entité</a>
      </p>
      <QueryStatus state={state} />
      {x && graph && (
        <>
          <ul class="figures" aria-label="Chiffres clés">
            <li>
              <strong>{x.directDependents}</strong> dépendants directs
            </li>
            <li>
              <strong>{x.transitiveDependents}</strong> dépendants au total
            </li>
            <li>
              <strong>{x.startups.length}</strong> start-ups exposées
            </li>
            <li>
              <strong>{x.organizations.length}</strong> organisations exposées
            </li>
            <li>
              <strong>{x.ministries.length}</strong> ministères exposés
            </li>
          </ul>
          <GraphCanvas
            data={graph}
            label={`Qui dépend de ${x.subject.name}`}
            onNodeClick={nodeId => navigate({ view: "entity", id: nodeId, types: [] })}
          />
          <MethodDetails method={x.method} />
          <h2>Par ministère</h2>
          <DataTable table={ministryExposureTable(x.subject, x.ministries)} />
          <h2>Start-ups et organisations exposées</h2>
          <DataTable table={exposureTable(x.subject, x.startups, x.organizations)} />
        </>
      )}
    </article>
  );
}
