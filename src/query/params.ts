/** Collects the parameters of one statement; every user value goes through `add`. */
export class ParamBag {
  readonly values: Record<string, unknown> = {};
  private next = 0;
  private vars = 0;

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
