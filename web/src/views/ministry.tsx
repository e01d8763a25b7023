import type { ChartConfiguration } from "chart.js";
import { useMemo, useState } from "preact/hooks";
import type {
  ExplorerMinistryQuery,
  ExplorerMinistryQueryVariables,
  ExplorerMinistryStartupsQuery,
  ExplorerMinistryStartupsQueryVariables,
} from "../api/__generated__/operations";
import ministryDoc from "../api/operations/ministry.graphql?raw";
import { useQuery } from "../api/use-query";
import { ChartView, PALETTE } from "../components/chart";
import { DataTable } from "../components/data-table";
import { EntityLink } from "../components/entity-link";
import { MethodDetails } from "../components/method-details";
import { QueryStatus } from "../components/status";
import { formatRoute } from "../logic/route";
import { refTable, spofTable } from "../logic/view-tables";

const PAGE = 20;

type Cursor = { first: number; after: string | null } | { last: number; before: string | null };

/** The ministry's start-ups, by pages of 20 (Relay cursors of the API). */
function StartupPages({ ministryKey }: { ministryKey: string }) {
  const [cursor, setCursor] = useState<Cursor>({ first: PAGE, after: null });
  const state = useQuery<ExplorerMinistryStartupsQuery, ExplorerMinistryStartupsQueryVariables>(
    ministryDoc,
    "ExplorerMinistryStartups",
    { key: ministryKey, ...cursor },
  );
  if (state.status !== "done") {
    return <QueryStatus state={state} />;
  }
  const page = state.data.startups;
  return (
    <div>
      <p class="muted" role="status">
        {page.totalCount} start-ups ; {page.nodes.length} sur cette page.
      </p>
      <ul class="columns">
        {page.nodes.map(s => (
          <li key={s.id}>
            <a href={formatRoute({ view: "entity", id: s.id, types: [] })}>{s.displayName}</a>{" "}
            <span class="muted">{s.phase ?? "phase inconnue"}</span>
          </li>
        ))}
      </ul>
      <nav class="pager" aria-label="Pages des start-ups">
        <button
          type="button"
          disabled={!page.pageInfo.hasPreviousPage}
          onClick={() => setCursor({ last: PAGE, before: page.pageInfo.startCursor ?? null })}
        >
          Page précédente
        </button>
        <button
          type="button"
          disabled={!page.pageInfo.hasNextPage}
          onClick={() => setCursor({ first: PAGE, after: page.pageInfo.endCursor ?? null })}
        >
          Page suivante
        </button>
      </nav>
    </div>
  );
}

/** Ministry page: bodies and directorate, start-ups by phase, tools, repositories, SPOF exposure. */
export function MinistryView({ ministryKey }: { ministryKey: string }) {
  const state = useQuery<ExplorerMinistryQuery, ExplorerMinistryQueryVariables>(
    ministryDoc,
    "ExplorerMinistry",
    {
      key: ministryKey,
    },
  );
  const data = state.status === "done" ? state.data : undefined;
  const phases = data?.startups.aggregate.groupBy.phase ?? [];
  const phaseChart = useMemo<ChartConfiguration>(
    () => ({
      type: "bar",
      data: {
        labels: phases.map(p => p.name ?? p.key ?? "phase inconnue"),
        datasets: [
          { label: "Start-ups", data: phases.map(p => p.count), backgroundColor: PALETTE[0] },
        ],
      },
    }),
    [data],
  );
  if (!data) {
    return <QueryStatus state={state} />;
  }
  const m = data.ministryByKey;
  if (!m) {
    return (
      <p class="error" role="alert">
        Aucun ministère de clé « {ministryKey} ».
      </p>
    );
  }
  const tools = new Set(m.softwareUsed.nodes.map(s => s.id));
  const spofs = data.singlePointsOfFailure.items.filter(
    i => tools.has(i.node.id) || (i.other && tools.has(i.other.id)),
  );
  return (
    <article aria-labelledby="ministry-title">
      <h1 id="ministry-title">{m.name ?? m.key}</h1>
      {m.officialName && <p class="lead">{m.officialName}</p>}
      <p>
        <a href={formatRoute({ view: "entity", id: m.id, types: [] })}>
          Page de l'entité et voisinage
        </a>
        {m.ospoUrl && (
          <>
            {" · "}
            <a href={m.ospoUrl} rel="noreferrer" target="_blank">
              {m.ospoName ?? "OSPO"}
            </a>
          </>
        )}
      </p>
      <div class="two-columns">
        <section aria-labelledby="dir-title">
          <h2 id="dir-title">Direction numérique</h2>
          {m.directorates.nodes.length === 0 ? (
            <p>Aucune direction numérique connue.</p>
          ) : (
            <ul>
              {m.directorates.nodes.map(d => (
                <li key={d.id}>
                  <EntityLink id={d.id} kind="DIGITAL_DIRECTORATE" name={d.displayName} />
                </li>
              ))}
            </ul>
          )}
          <h2>Start-ups par phase ({data.startups.aggregate.count})</h2>
          <ChartView config={phaseChart} label="Nombre de start-ups du ministère par phase" />
        </section>
        <section aria-labelledby="startups-title">
          <h2 id="startups-title">Start-ups</h2>
          <StartupPages ministryKey={ministryKey} />
        </section>
      </div>
      <section aria-labelledby="spof-title">
        <h2 id="spof-title">Exposition aux points de défaillance uniques</h2>
        <p class="muted">
          Points de défaillance uniques du graphe des dépendances parmi les outils que le ministère
          utilise.
        </p>
        <DataTable table={spofTable(m.key, spofs)} />
        <MethodDetails method={data.singlePointsOfFailure.method} />
      </section>
      <section aria-labelledby="bodies-title">
        <h2 id="bodies-title">Organismes ({m.organizations.totalCount})</h2>
        <DataTable
          table={refTable(
            `organismes-${m.key}`,
            `Organismes de ${m.name ?? m.key}`,
            m.organizations.nodes.map(o => ({ key: o.acronym ?? "", displayName: o.displayName })),
            "Organization",
          )}
        />
      </section>
      <section aria-labelledby="tools-title">
        <h2 id="tools-title">Outils utilisés ({m.softwareUsed.totalCount})</h2>
        <DataTable
          table={refTable(
            `outils-${m.key}`,
            `Outils utilisés par ${m.name ?? m.key}`,
            m.softwareUsed.nodes,
            "Software",
          )}
        />
      </section>
      <section aria-labelledby="repos-title">
        <h2 id="repos-title">Dépôts ({m.repositories.totalCount})</h2>
        <DataTable
          table={refTable(
            `depots-${m.key}`,
            `Dépôts de ${m.name ?? m.key}`,
            m.repositories.nodes,
            "Repository",
          )}
        />
      </section>
    </article>
  );
}
