/** Resolution of the subject of an analytic: a global id, or a label and a natural key. */
import type { CypherRegistry, Db } from "../../db";
import { BadUserInputError } from "../../errors";
import { fromGlobalId, labelOfKind } from "../../read/model";
import { notFoundWithSuggestions } from "../../read";
import type { EntityRefData } from "./entity-ref";
import type { HeavyWork } from "./heavy-work";
import { str } from "./rows";

/** Labels an analytic can be asked about (closed list; also the GraphQL enum). */
export const ANALYTICS_LABELS = [
  "Software",
  "Repository",
  "Package",
  "Startup",
  "Organization",
  "Ministry",
  "DigitalDirectorate",
  "Incubator",
  "Partner",
  "Contributor",
  "ForgeAccount",
] as const;

export type AnalyticsLabel = (typeof ANALYTICS_LABELS)[number];

/** How a client names a subject: `id` (global id), or `kind` (or the older `label`) + `key`. */
export interface SubjectRef {
  id?: string | null;
  kind?: string | null;
  label?: string | null;
  key?: string | null;
}

/** A resolved subject: its ref plus the Neo4j element id used by the traversal queries. */
export interface Subject extends EntityRefData {
  elementId: string;
}

/** What the services need from the request context. */
export interface AnalyticsDeps {
  db: Db;
  cypher: CypherRegistry;
  /** Cache, admission and worker threads of heavy analytics (the server's); absent = inline. */
  heavy?: HeavyWork;
}

function parseRef(ref: SubjectRef, argument: string): { label: string; key: string } {
  if (ref.id) {
    if (ref.kind || ref.label || ref.key) {
      throw new BadUserInputError(`${argument}: give either id or kind + key, not both`, {
        argument,
      });
    }
    return fromGlobalId(ref.id);
  }
  if (ref.kind && ref.label) {
    throw new BadUserInputError(`${argument}: give kind or the deprecated label, not both`, {
      argument,
    });
  }
  const label = ref.kind ? (labelOfKind(ref.kind) ?? ref.kind) : ref.label;
  if (!label || !ref.key) {
    throw new BadUserInputError(`${argument}: give an id, or both kind and key`, { argument });
  }
  return { label, key: ref.key };
}

/**
 * Resolves a subject and checks its kind. Unknown label or a label outside `allowed` →
 * BAD_USER_INPUT (with the allowed labels); no such node → NOT_FOUND.
 */
export async function resolveSubject(
  deps: AnalyticsDeps,
  ref: SubjectRef,
  allowed: readonly AnalyticsLabel[],
  argument = "subject",
): Promise<Subject> {
  const { label, key } = parseRef(ref, argument);
  if (!allowed.includes(label as AnalyticsLabel)) {
    throw new BadUserInputError(
      `${argument}: a ${label} cannot be used here; expected one of ${allowed.join(", ")}`,
      { argument, label, allowed: [...allowed] },
    );
  }
  const rows = await deps.db.read(deps.cypher.get("analytics/resolve-subject"), { label, key });
  const row = rows[0];
  if (!row) {
    throw await notFoundWithSuggestions(
      deps,
      label,
      key,
      `${argument}: no ${label} with key '${key}'.`,
      {
        argument,
        label,
        key,
      },
    );
  }
  return { elementId: str(row, "elementId"), label, key, name: str(row, "name", key) };
}
