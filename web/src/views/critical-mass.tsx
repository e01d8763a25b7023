import type { ChartConfiguration } from "chart.js";
import { useMemo } from "preact/hooks";
import type {
  ExplorerContributorActivityQuery,
  ExplorerContributorActivityQueryVariables,
  ExplorerCriticalMassQuery,
  ExplorerCriticalMassQueryVariables,
} from "../api/__generated__/operations";
import criticalMassDoc from "../api/operations/critical-mass.graphql?raw";
import { useQuery } from "../api/use-query";
import { ChartView, PALETTE } from "../components/chart";
import { DataTable } from "../components/data-table";
import { MethodDetails } from "../components/method-details";
import { QueryStatus } from "../components/status";
import { formatNumber, formatShare } from "../logic/format";
import { describeCriterion } from "../logic/verdict";
import { formatRoute } from "../logic/route";
import { activityTable, sectorName, sectorTable } from "../logic/view-tables";

/** Critical mass of a tool or repository: contributors over time, CAF/EF, sectors, verdict. */
export function CriticalMassView({ id }: { id: string }) {
  const state = useQuery<ExplorerCriticalMassQuery, ExplorerCriticalMassQueryVariables>(
    criticalMassDoc,
    "ExplorerCriticalMass",
    { of: { id } },
  );
  // contributors per year in one call, alongside the indicators
  const activityState = useQuery<
    ExplorerContributorActivityQuery,
    ExplorerContributorActivityQueryVariables
  >(criticalMassDoc, "ExplorerContributorActivity", { of: { id } });
  const activity =
    activityState.status === "done" ? activityState.data.contributorActivity : undefined;
  const overTime = useMemo(
    () => (activity ? activityTable(activity.subject, activity.periods) : null),
    [activity],
  );
  const c = state.status === "done" ? state.data.criticalMass : undefined;
  const timeChart = useMemo<ChartConfiguration | null>(
    () =>
      overTime && {
        type: "line",
        data: {
          labels: overTime.rows.map(r => String(r.year)),
          datasets: [
            {
              label: "Contributeurs actifs",
              data: overTime.rows.map(r => Number(r.contributors)),
              borderColor: PALETTE[0],
              backgroundColor: PALETTE[0],
            },
            {
              label: "Nouveaux",
              data: overTime.rows.map(r => Number(r.newContributors)),
              borderColor: PALETTE[1],
              backgroundColor: PALETTE[1],
            },
          ],
        },
      },
    [overTime],
  );
  const sectorChart = useMemo<ChartConfiguration | null>(
    () =>
      c === undefined
        ? null
        : {
            type: "doughnut",
            data: {
              labels: c.sectorShares.map(s => sectorName(s.sector)),
              datasets: [
                {
                  data: c.sectorShares.map(s => s.contributionShare),
                  backgroundColor: c.sectorShares.map((s, i) =>
                    s.sector === "UNKNOWN" ? "#929292" : PALETTE[i % PALETTE.length]!,
                  ),
                },
              ],
            },
          },
    [c],
  );
  const orgChart = useMemo<ChartConfiguration | null>(
    () =>
      c === undefined
        ? null
        : {
            type: "bar",
            data: {
              labels: c.organizations.slice(0, 10).map(o => o.organization.name),
              datasets: [
                {
                  label: "Part des contributions",
                  data: c.organizations.slice(0, 10).map(o => o.share),
                  backgroundColor: PALETTE[2],
                },
              ],
            },
            options: { indexAxis: "y" },
          },
    [c],
  );
  return (
    <article aria-labelledby="cm-title">
      <h1 id="cm-title">Masse critique{c ? ` de ${c.subject.name}` : ""}</h1>
      <p>
        <a href={formatRoute({ view: "entity", id, types: [] })}>Page de l'entité</a>
      </p>
      <QueryStatus state={state} />
      {c && (
        <>
          <section
            class={c.verdict.reached ? "verdict ok" : "verdict ko"}
            aria-labelledby="verdict-title"
          >
            <h2 id="verdict-title">
              Verdict :{" "}
              {c.verdict.reached ? "masse critique atteinte" : "masse critique non atteinte"}
            </h2>
            <ul>
              {c.verdict.criteria.map(criterion => (
                <li key={criterion.criterion} class={criterion.passed ? "passed" : "failed"}>
                  {describeCriterion(criterion)}
                </li>
              ))}
            </ul>
            <p class="unknown-share">
              Part des contributions d'affiliation inconnue :{" "}
              <strong>{formatShare(c.unknownAffiliationShare)}</strong>
            </p>
          </section>
          <ul class="figures" aria-label="Indicateurs">
            <li>
              <strong>{c.contributorsAllTime}</strong> contributeurs depuis l'origine
            </li>
            <li>
              <strong>{c.activeContributors}</strong> actifs
            </li>
            <li>
              <strong>{c.contributorAbsenceFactor}</strong> facteur d'absence (CAF)
            </li>
            <li>
              <strong>{c.elephantFactor}</strong> facteur éléphant (EF)
            </li>
            <li>
              <strong>{formatNumber(c.effectiveOrganizations)}</strong> organisations effectives
            </li>
          </ul>
          <MethodDetails method={c.method} />
          <div class="two-columns">
            <section aria-labelledby="time-title">
              <h2 id="time-title">Contributeurs dans le temps</h2>
              {timeChart && overTime && activity ? (
                <>
                  <ChartView
                    config={timeChart}
                    label="Contributeurs actifs et nouveaux par année"
                  />
                  <MethodDetails method={activity.method} />
                  <DataTable table={overTime} />
                </>
              ) : (
                <QueryStatus state={activityState} />
              )}
            </section>
            <section aria-labelledby="sector-title">
              <h2 id="sector-title">Parts par secteur</h2>
              {sectorChart && (
                <ChartView
                  config={sectorChart}
                  label="Part des contributions par secteur, inconnu compris"
                />
              )}
              <DataTable table={sectorTable(c.subject, c.sectorShares)} />
            </section>
          </div>
          <section aria-labelledby="org-title">
            <h2 id="org-title">Parts par organisation (10 premières)</h2>
            {orgChart && (
              <ChartView
                config={orgChart}
                label="Part des contributions des dix premières organisations"
              />
            )}
            <DataTable
              table={{
                name: "organisations",
                caption: `Contributions par organisation — ${c.subject.name}`,
                columns: [
                  { key: "organization", title: "Organisation" },
                  { key: "contributions", title: "Contributions", numeric: true },
                  { key: "share", title: "Part", numeric: true },
                ],
                rows: c.organizations.map(o => ({
                  organization: o.organization.name,
                  contributions: o.contributions,
                  share: Math.round(o.share * 10000) / 10000,
                })),
              }}
            />
          </section>
        </>
      )}
    </article>
  );
}
