import type { ExplorerMethodFragment } from "../api/__generated__/operations";

/** An indicator's `method` (formula, parameters, references, coverage notes), shown on demand. */
export function MethodDetails({ method }: { method: ExplorerMethodFragment }) {
  return (
    <details class="method">
      <summary>Méthode : {method.name}</summary>
      <dl>
        <dt>Formule</dt>
        <dd>
          <code>{method.formula}</code>
        </dd>
        <dt>Paramètres</dt>
        <dd>
          {method.parameters.length === 0
            ? "aucun"
            : method.parameters.map(p => `${p.name} = ${p.value ?? "non défini"}`).join(" ; ")}
        </dd>
        <dt>Notes de couverture</dt>
        <dd>
          {method.coverageNotes.length === 0 ? (
            "aucune"
          ) : (
            <ul>
              {method.coverageNotes.map(n => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Références</dt>
        <dd>
          <ul>
            {method.references.map(r => (
              <li key={r}>
                {/^https?:\/\//.test(r) ? (
                  <a href={r} rel="noreferrer" target="_blank">
                    {r}
                  </a>
                ) : (
                  r
                )}
              </li>
            ))}
          </ul>
        </dd>
        <dt>Calculé le</dt>
        <dd>{method.computedAt}</dd>
      </dl>
    </details>
  );
}
