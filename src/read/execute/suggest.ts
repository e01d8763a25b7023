/** "Did you mean" for unknown natural keys: up to three close keys of the same label. */
import { suggestionList } from "graphql/jsutils/suggestionList";
import type { CypherRegistry, Db } from "../../db";
import { NotFoundError } from "../../errors";
import { foldText } from "../model/normalise";

export const MAX_SUGGESTIONS = 3;

/**
 * The keys closest to `key`: those within graphql-js's lexical distance (the rule behind its own
 * "Did you mean" messages), closest first, then keys containing it (or contained in it), shortest
 * first.
 */
export function closestKeys(key: string, keys: readonly string[]): string[] {
  const wanted = foldText(key);
  const close = suggestionList(key, [...keys]);
  const containing = keys
    .filter(k => {
      const f = foldText(k);
      return wanted.length > 1 && (f.includes(wanted) || wanted.includes(f));
    })
    .sort((a, b) => a.length - b.length || a.localeCompare(b));
  return [...new Set([...close, ...containing])].filter(k => k !== key).slice(0, MAX_SUGGESTIONS);
}

/** The NOT_FOUND error for a missing key, with `extensions.suggestions` (maybe empty). */
export async function notFoundWithSuggestions(
  deps: { db: Db; cypher: CypherRegistry },
  label: string,
  key: string,
  message: string,
  extensions: Record<string, unknown> = {},
): Promise<NotFoundError> {
  const rows = await deps.db.read(deps.cypher.get("lookup/keys-of-label"), { label });
  const suggestions = closestKeys(
    key,
    rows.map(r => String(r.key)),
  );
  const hint = suggestions.length
    ? ` Did you mean ${suggestions.map(s => `'${s}'`).join(", ")}?`
    : "";
  return new NotFoundError(`${message}${hint}`, { ...extensions, suggestions });
}
