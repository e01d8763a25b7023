import { useMemo, useState } from "preact/hooks";
import type {
  ExplorerReuseMatrixQuery,
  ExplorerReuseMatrixQueryVariables,
  ExplorerSuitesQuery,
  ExplorerSuitesQueryVariables,
} from "../api/__generated__/operations";
import reuseDoc from "../api/operations/reuse.graphql?raw";
import { useQuery } from "../api/use-query";
import { DataTable } from "../components/data-table";
import { MethodDetails } from "../components/method-details";
import { QueryStatus } from "../components/status";
import { formatRoute } from "../logic/route";
import { heatmap, reuseTable } from "../logic/view-tables";
import { navigate } from "../router";

type Matrix = ExplorerReuseMatrixQuery["reuseMatrix"];
type Cell = Matrix["cells"][number];

/** Background of a heatmap cell: white to DSFR blue, dark text on light cells. */
function cellStyle(value: number, max: number): Record<string, string> {
  if (value === 0 || max === 0) {
    return {};
  }
  const t = 0.2 + (0.8 * value) / max;
  return { background: `rgba(0, 0, 145, ${t.toFixed(2)})`, color: t > 0.5 ? "#fff" : "#161616" };
}

/** One cell of the heatmap: its count, a button opening its evidence when there is some. */
function HeatCell(props: {
  cell: Cell | undefined;
  value: number;
  max: number;
  label: string;
  onOpen: (cell: Cell) => void;
}) {
  const { cell, value, max, label, onOpen } = props;
  return (
    <td class="num" style={cellStyle(value, max)}>
      {cell ? (
        <button
          type="button"
          class="cell"
          onClick={() => onOpen(cell)}
          aria-label={`${value} — ${label} : voir les preuves`}
        >
          {value}
        </button>
      ) : (
        <>
          <span aria-hidden="true">·</span>
          <span class="sr-only">0</span>
        </>
      )}
    </td>
  );
}

function Heatmap({
  matrix,
  onOpen,
  suites,
  expanded,
  onToggle,
  parts,
}: {
  matrix: Matrix;
  onOpen: (cell: Cell) => void;
  suites: Map<string, string[]>;
  expanded: string[];
  onToggle: (key: string) => void;
  parts?: Matrix;
}) {
  const { values, max } = heatmap(matrix);
  const cellOf = (m: Matrix, softwareId: string, columnId: string) =>
    m.cells.find(c => c.software.id === softwareId && c.column.id === columnId);
  return (
    <div
      class="table-scroll heatmap"
      tabIndex={0}
      role="region"
      aria-label="Matrice de réutilisation"
    >
      <table>
        <caption>
          Outils (lignes) × {matrix.level === "MINISTRY" ? "ministères" : "organisations"}{" "}
          (colonnes) : nombre d'organisations utilisatrices
        </caption>
        <thead>
          <tr>
            <th scope="col">Outil</th>
            {matrix.columns.map(c => (
              <th scope="col" key={c.column.id} class="vertical">
                <span>{c.column.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row, r) => {
            const suiteParts = suites.get(row.software.key);
            const open = expanded.includes(row.software.key);
            const partRows =
              open && parts ? parts.rows.filter(p => suiteParts?.includes(p.software.id)) : [];
            return [
              <tr key={row.software.id}>
                <th scope="row">
                  {suiteParts && suiteParts.length > 0 && (
                    <button
                      type="button"
                      class="link"
                      aria-expanded={open}
                      onClick={() => onToggle(row.software.key)}
                    >
                      {open ? "Replier" : "Déplier"}
                      <span class="sr-only"> la suite {row.software.name}</span>
                    </button>
                  )}{" "}
                  <a href={formatRoute({ view: "entity", id: row.software.id, types: [] })}>
                    {row.software.name}
                  </a>
                </th>
                {matrix.columns.map((c, j) => (
                  <HeatCell
                    key={c.column.id}
                    cell={cellOf(matrix, row.software.id, c.column.id)}
                    value={values[r]![j]!}
                    max={max}
                    label={`${row.software.name} × ${c.column.name}`}
                    onOpen={onOpen}
                  />
                ))}
              </tr>,
              ...partRows.map(p => (
                <tr key={`${row.software.id}/${p.software.id}`} class="part">
                  <th scope="row">
                    ↳{" "}
                    <a href={formatRoute({ view: "entity", id: p.software.id, types: [] })}>
                      {p.software.name}
                    </a>
                  </th>
                  {matrix.columns.map(c => {
                    const cell = parts ? cellOf(parts, p.software.id, c.column.id) : undefined;
                    return (
                      <HeatCell
                        key={c.column.id}
                        cell={cell}
                        value={cell?.organizations ?? 0}
                        max={max}
                        label={`${p.software.name} × ${c.column.name}`}
                        onOpen={onOpen}
                      />
                    );
                  })}
                </tr>
              )),
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Reuse matrix: ministries × tools heatmap; a cell opens its evidence; a suite expands. */
export function ReuseView({
  level,
  expanded,
}: {
  level: "MINISTRY" | "ORGANIZATION";
  expanded: string[];
}) {
  const state = useQuery<ExplorerReuseMatrixQuery, ExplorerReuseMatrixQueryVariables>(
    reuseDoc,
    "ExplorerReuseMatrix",
    {
      level,
      software: null,
      first: 60,
    },
  );
  const matrix = state.status === "done" ? state.data.reuseMatrix : undefined;
  const suitesState = useQuery<ExplorerSuitesQuery, ExplorerSuitesQueryVariables>(
    reuseDoc,
    "ExplorerSuites",
    matrix ? { keys: matrix.rows.map(r => r.software.key) } : null,
  );
  const suites = useMemo(() => {
    const map = new Map<string, string[]>();
    if (suitesState.status === "done") {
      for (const s of suitesState.data.software.nodes) {
        if (s.parts.nodes.length > 0) {
          map.set(
            s.key,
            s.parts.nodes.map(p => p.id),
          );
        }
      }
    }
    return map;
  }, [suitesState]);
  const partIds = expanded.flatMap(k => suites.get(k) ?? []);
  const partsState = useQuery<ExplorerReuseMatrixQuery, ExplorerReuseMatrixQueryVariables>(
    reuseDoc,
    "ExplorerReuseMatrix",
    partIds.length > 0 ? { level, software: partIds.map(id => ({ id })), first: 100 } : null,
  );
  const [open, setOpen] = useState<Cell | null>(null);
  const toggle = (key: string) =>
    navigate(
      {
        view: "reuse",
        level,
        expanded: expanded.includes(key) ? expanded.filter(k => k !== key) : [...expanded, key],
      },
      true,
    );
  return (
    <article aria-labelledby="reuse-title">
      <h1 id="reuse-title">Matrice de réutilisation</h1>
      <form class="controls" onSubmit={e => e.preventDefault()}>
        <label for="level">Colonnes</label>
        <select
          id="level"
          value={level}
          onChange={e =>
            navigate(
              {
                view: "reuse",
                level: (e.target as HTMLSelectElement).value as "MINISTRY",
                expanded,
              },
              true,
            )
          }
        >
          <option value="MINISTRY" selected={level === "MINISTRY"}>
            ministères
          </option>
          <option value="ORGANIZATION" selected={level === "ORGANIZATION"}>
            organisations
          </option>
        </select>
      </form>
      <QueryStatus state={state} />
      {matrix && (
        <>
          <MethodDetails method={matrix.method} />
          <Heatmap
            matrix={matrix}
            onOpen={setOpen}
            suites={suites}
            expanded={expanded}
            onToggle={toggle}
            parts={partsState.status === "done" ? partsState.data.reuseMatrix : undefined}
          />
          {open && (
            <section
              class="evidence"
              aria-labelledby="evidence-title"
              tabIndex={-1}
              ref={el => el?.focus()}
            >
              <h2 id="evidence-title">
                Preuves : {open.software.name} × {open.column.name}
              </h2>
              <DataTable
                table={{
                  name: "preuves",
                  caption: `Preuves de réutilisation de ${open.software.name} par ${open.column.name}`,
                  columns: [
                    { key: "user", title: "Utilisateur" },
                    { key: "relationship", title: "Relation" },
                    { key: "via", title: "Via" },
                    { key: "sources", title: "Sources" },
                  ],
                  rows: open.evidence.map(e => ({
                    user: e.user.name,
                    relationship: e.relationship,
                    via: e.via?.name ?? "",
                    sources: e.sources.join(" ; "),
                  })),
                }}
              />
              <button type="button" onClick={() => setOpen(null)}>
                Fermer les preuves
              </button>
            </section>
          )}
          <h2>Tableau</h2>
          <DataTable table={reuseTable(matrix)} />
        </>
      )}
    </article>
  );
}
