/** Maps service results to the GraphQL object types (thin, no logic beyond renaming). */
import type { ReachedEntity } from "../../services/analytics/reachability.service";
import { classifyLicence } from "../../analytics";
import {
  type DependencyItem,
  DependencyKindEnum,
  type DependencyRelationEnum,
  type LicenceClassEnum,
} from "./dependencies.type";

const DEPENDENCY_KINDS = new Set<string>(Object.values(DependencyKindEnum));

export function dependencyItem(r: ReachedEntity): DependencyItem {
  return {
    node: r.node,
    depth: r.depth,
    relation: r.relation as DependencyRelationEnum,
    requirement: r.requirement,
    dependencyKind:
      r.kind !== null && DEPENDENCY_KINDS.has(r.kind) ? (r.kind as DependencyKindEnum) : null,
    kind: r.kind,
    licence: r.licence,
    licenceClass: (r.licence === null ? "UNKNOWN" : classifyLicence(r.licence)) as LicenceClassEnum,
    sources: r.sources,
    examplePath: r.examplePath,
  };
}
