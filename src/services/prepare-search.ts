import { inSlot, type Db } from "../db";
import { foldText, searchPropName, ENTITIES, textProps } from "../read/model";

/** Rows per write transaction (bounded, whatever the size of the graph). */
const ROWS_PER_WRITE = 20_000;

/**
 * Post-seed step: stores `_search_<prop>` = lower case without accents for every name-like
 * property, so that case/accent-insensitive filters compare stored values instead of folding
 * every node at query time. Idempotent; filters still work (slower) if it has not run.
 */
export async function prepareSearch(db: Db): Promise<number> {
  let written = 0;
  for (const entity of ENTITIES) {
    for (const prop of textProps(entity)) {
      const rows = await db.read(
        `MATCH (n:${entity.label}) WHERE n.${prop.name} IS NOT NULL AND ${inSlot("n")} RETURN n.key AS key, n.${prop.name} AS value`,
      );
      const folded = rows.map(r => ({ key: String(r.key), value: foldText(String(r.value)) }));
      for (let i = 0; i < folded.length; i += ROWS_PER_WRITE) {
        await db.write(
          `UNWIND $rows AS row MATCH (n:${entity.label} {key: row.key}) WHERE ${inSlot("n")} SET n.${searchPropName(prop.name)} = row.value`,
          { rows: folded.slice(i, i + ROWS_PER_WRITE) },
        );
      }
      written += folded.length;
    }
  }
  return written;
}
