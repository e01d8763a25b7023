import { useMemo, useState } from "preact/hooks";
import { formatNumber } from "../logic/format";
import { type Cell, type Table, toCsv, toJson } from "../logic/table";

const PAGE = 50;

function cellText(value: Cell | undefined): string {
  if (value === null || value === undefined) {
    return "inconnu";
  }
  if (typeof value === "boolean") {
    return value ? "oui" : "non";
  }
  return typeof value === "number" ? formatNumber(value) : value;
}

function downloadHref(text: string, type: string): string {
  return URL.createObjectURL(new Blob([text], { type }));
}

/** A table with its caption, pages of 50 rows and CSV / JSON downloads of every row. */
export function DataTable({ table }: { table: Table }) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(table.rows.length / PAGE));
  const rows = table.rows.slice(page * PAGE, page * PAGE + PAGE);
  const csv = useMemo(() => downloadHref(toCsv(table), "text/csv;charset=utf-8"), [table]);
  const json = useMemo(() => downloadHref(toJson(table), "application/json"), [table]);
  return (
    <div class="table-block">
      <div class="table-actions">
        <a class="button secondary" href={csv} download={`${table.name}.csv`}>
          Télécharger CSV<span class="sr-only"> — {table.caption}</span>
        </a>
        <a class="button secondary" href={json} download={`${table.name}.json`}>
          Télécharger JSON<span class="sr-only"> — {table.caption}</span>
        </a>
        <span class="muted">{table.rows.length} lignes</span>
      </div>
      <div class="table-scroll" tabIndex={0} role="region" aria-label={table.caption}>
        <table>
          <caption>{table.caption}</caption>
          <thead>
            <tr>
              {table.columns.map(c => (
                <th scope="col" key={c.key} class={c.numeric ? "num" : undefined}>
                  {c.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={table.columns.length}>Aucune ligne.</td>
              </tr>
            ) : (
              rows.map((row, i) => (
                <tr key={i}>
                  {table.columns.map(c => (
                    <td key={c.key} class={c.numeric ? "num" : undefined}>
                      {cellText(row[c.key])}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav class="pager" aria-label={`Pages — ${table.caption}`}>
          <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            Page précédente
          </button>
          <span>
            Page {page + 1} sur {pages}
          </span>
          <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
            Page suivante
          </button>
        </nav>
      )}
    </div>
  );
}
