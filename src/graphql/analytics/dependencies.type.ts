import { Field, FieldResolver, ObjectType, Resolver, Root } from "type-graphql";
import { classifyLicence, type LicenceClass } from "../../analytics";
import { DEPENDENCY_KINDS, type DependencyKind } from "../../model";
import {
  DependenciesResult,
  DependencyKindEnum,
  LicenceClassEnum,
  ReachedEntity,
} from "../../services/analytics/types/dependencies.type";
import { PageInfo } from "../types/common/page-info.type";

export {
  DependencyKindEnum,
  DependencyPaths,
  DependencyRelationEnum,
  LicenceClassCount,
  LicenceClassEnum,
} from "../../services/analytics/types/dependencies.type";

@ObjectType({ description: "Transitive dependencies of a software, repository or package." })
export class Dependencies extends DependenciesResult {
  @Field(_type => PageInfo, { description: "Paging of `items` (`first`/`after`)." })
  pageInfo!: PageInfo;
}

const KNOWN_KINDS = new Set<string>(DEPENDENCY_KINDS);

/** `dependencyKind` and `licenceClass` of a reached node, derived from its `kind` and `licence`. */
@Resolver(_of => ReachedEntity)
export class DependencyItemResolver {
  @FieldResolver(_type => DependencyKindEnum, {
    nullable: true,
    description: "Dependency kind of that edge (null when the manifest gives none).",
  })
  dependencyKind(@Root() item: ReachedEntity): DependencyKind | null {
    return item.kind !== null && KNOWN_KINDS.has(item.kind) ? (item.kind as DependencyKind) : null;
  }

  @FieldResolver(_type => LicenceClassEnum, {
    nullable: true,
    description: "Licence class of `licence`; null when unknown.",
  })
  licenceClass(@Root() item: ReachedEntity): LicenceClass {
    return item.licence === null ? "UNKNOWN" : classifyLicence(item.licence);
  }
}
