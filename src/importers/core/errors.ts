/**
 * An error in a raw source file. The message always names the file and, when known, the record,
 * e.g. `betagouv/organisations.tar.gz: content/_organisations/Préfecture: invalid record id`.
 */
export class SourceError extends Error {
  constructor(
    readonly file: string,
    readonly record: string | undefined,
    readonly reason: string,
  ) {
    super(record === undefined ? `${file}: ${reason}` : `${file}: ${record}: ${reason}`);
    this.name = "SourceError";
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** A record skipped on purpose (known quirk of the real data), reported in unresolved.json. */
export interface Rejection {
  file: string;
  record: string;
  reason: string;
}

/** Formats a zod-like issue list into one short line. */
export function describeIssues(
  issues: ReadonlyArray<{ path: ReadonlyArray<string | number>; message: string }>,
): string {
  return issues
    .slice(0, 3)
    .map(i => (i.path.length > 0 ? `${i.path.join(".")}: ${i.message}` : i.message))
    .join("; ");
}
