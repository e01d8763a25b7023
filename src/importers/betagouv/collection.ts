import { type z } from "zod";
import { type BuildContext, rejectRecord } from "../core/context";
import { SourceError, describeIssues } from "../core/errors";
import { memberKey } from "../core/normalise";
import { parseFrontMatter, readTarGz, sourceFile } from "../core/readers";

/** One record of a beta.gouv.fr collection: id = file name without `.md`. */
export interface CollectionRecord<T> {
  id: string;
  /** path inside the archive, e.g. content/_startups/mon-entreprise.md (provenance record) */
  path: string;
  data: T;
}

/** Record ids: letters (accents allowed, e.g. `e-inspé`), digits, `.`, `_`, `-`. */
const VALID_ID = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

/**
 * Reads `betagouv/<name>.tar.gz` in memory and validates each front matter with `schema`.
 * Malformed records are rejected (reported) unless the build is strict; a missing or unreadable
 * archive is fatal.
 */
export async function readCollection<T>(
  ctx: BuildContext,
  name: string,
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  options: { pseudonymise?: boolean } = {},
): Promise<CollectionRecord<T>[]> {
  const file = sourceFile(ctx.dataDir, `betagouv/${name}.tar.gz`);
  const entries = await readTarGz(file);
  const prefix = `content/_${name}/`;
  const out: CollectionRecord<T>[] = [];
  for (const entry of entries) {
    if (!entry.path.startsWith(prefix)) {
      continue;
    }
    const fileName = entry.path.slice(prefix.length);
    const id = fileName.replace(/\.md$/, "").normalize("NFC");
    // member files are named firstname.lastname: errors and reports name them by pseudonym only
    const record = options.pseudonymise === true ? `${prefix}${memberKey(id)}` : entry.path;
    try {
      if (!fileName.endsWith(".md")) {
        throw new SourceError(
          file.name,
          record,
          "not a markdown document (no .md extension): not a record of the collection",
        );
      }
      if (!VALID_ID.test(id)) {
        throw new SourceError(file.name, record, "invalid record id: file name is not a slug");
      }
      const raw = parseFrontMatter(file.name, record, entry.text);
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        throw new SourceError(
          file.name,
          record,
          `invalid front matter: ${describeIssues(parsed.error.issues)}`,
        );
      }
      out.push({ id, path: record, data: parsed.data });
    } catch (e) {
      if (!(e instanceof SourceError)) {
        throw e;
      }
      rejectRecord(ctx, e);
    }
  }
  return out;
}

/** `/organisations/<id>` → `<id>` (undefined for empty / other shapes). */
export function refId(ref: string | null | undefined, collection: string): string | undefined {
  if (typeof ref !== "string") {
    return undefined;
  }
  const m = new RegExp(`^/?${collection}/([^/]+)/?$`).exec(ref.trim());
  return m?.[1];
}
