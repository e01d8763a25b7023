import { type z } from "zod";
import { SourceError, describeIssues } from "../core/errors";
import { readYaml, type SourceFile } from "../core/readers";
import { aliasesSchema, curatedSchema, type Aliases, type Curated } from "./schema";

type Section = Record<string, unknown>;

/** Names a curated record for error messages: `partners[2] (zendis)`. */
function recordName(path: ReadonlyArray<string | number>, raw: unknown): string {
  const [section, index] = path;
  if (typeof section !== "string" || typeof index !== "number") {
    return typeof section === "string" ? section : "(root)";
  }
  const list = (raw as Section | null)?.[section];
  const item = Array.isArray(list) ? (list[index] as Section | undefined) : undefined;
  const endpoint = (v: unknown): string =>
    typeof (v as Section | null)?.key === "string" ? String((v as Section).key) : "?";
  const label =
    typeof item?.from === "object" && item.from !== null
      ? `${String(item.type)} ${endpoint(item.from)} -> ${endpoint(item.to)}`
      : (item?.key ?? item?.from ?? item?.name ?? item?.domain ?? item?.organisation ?? item?.type);
  const text = typeof label === "string" ? label : JSON.stringify(label ?? null);
  return `${section}[${index}] (${text})`;
}

function validate<T>(file: SourceFile, raw: unknown, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const record = issue ? recordName(issue.path, raw) : undefined;
    throw new SourceError(
      file.name,
      record,
      `invalid curated record: ${describeIssues(parsed.error.issues)}`,
    );
  }
  return parsed.data;
}

export function parseCurated(file: SourceFile, raw: unknown): Curated {
  return validate(file, raw, curatedSchema);
}

export function parseAliases(file: SourceFile, raw: unknown): Aliases {
  return validate(file, raw, aliasesSchema);
}

export function loadCurated(file: SourceFile): Curated {
  return parseCurated(file, readYaml(file));
}

export function loadAliases(file: SourceFile): Aliases {
  return parseAliases(file, readYaml(file));
}
