/** Collects the parameters of one statement; every user value goes through `add`. */
export class ParamBag {
  readonly values: Record<string, unknown> = {};
  protected next = 0;
  protected vars = 0;

  /** Stores a value and returns its `$name` to splice into Cypher. */
  add(value: unknown): string {
    const name = `p${this.next++}`;
    this.values[name] = value;
    return `$${name}`;
  }

  /** JS numbers reach Neo4j as floats; LIMIT needs an integer, hence `toInteger`. */
  addInt(value: number): string {
    return `toInteger(${this.add(Math.trunc(value))})`;
  }

  /** A fresh Cypher variable name for a nested pattern. */
  variable(prefix = "m"): string {
    return `${prefix}${this.vars++}`;
  }
}

/**
 * The parameters of one branch of a list predicate (`any(t IN $rows WHERE …)`): each value
 * becomes a key of the row map `t` (`t.v0`, `t.v1`…) and variables are prefixed with `t_`, so
 * that every branch of the same shape compiles to the same text.
 */
export class RowParams extends ParamBag {
  constructor(private readonly row: string) {
    super();
  }

  override add(value: unknown): string {
    const name = `v${this.next++}`;
    this.values[name] = value;
    return `${this.row}.${name}`;
  }

  override variable(prefix = "m"): string {
    return `${this.row}_${prefix}${this.vars++}`;
  }
}
