const PROP_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `n {.key, .name}`, or `n` (every property) without a field list. */
export function mapProjection(alias: string, fields: readonly string[] | null): string {
  if (!fields) {
    return alias;
  }
  for (const f of fields) {
    if (!PROP_NAME.test(f)) {
      throw new Error(`bad projected property name ${f}`);
    }
  }
  return `${alias} {${fields.map(f => `.${f}`).join(", ")}}`;
}
