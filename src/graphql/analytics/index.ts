/** Resolvers of the analytics queries (dependencies, exposure, reuse, critical mass…). */
import { EntityRefResolver, MethodInfoResolver } from "./common.type";
import { ContributorActivityResolver } from "./contributor-activity.resolver";
import { CoverageResolver } from "./coverage.resolver";
import { CriticalMassResolver } from "./critical-mass.resolver";
import { CriticalityResolver } from "./criticality.resolver";
import { DependenciesResolver } from "./dependencies.resolver";
import { DependencyItemResolver } from "./dependencies.type";
import { ExposureResolver } from "./exposure.resolver";
import { ReuseResolver } from "./reuse.resolver";
import { SovereigntyResolver } from "./sovereignty.resolver";
import { StructureResolver } from "./structure.resolver";

export const ANALYTICS_RESOLVERS = [
  EntityRefResolver,
  MethodInfoResolver,
  DependencyItemResolver,
  DependenciesResolver,
  ExposureResolver,
  CriticalMassResolver,
  ReuseResolver,
  SovereigntyResolver,
  CriticalityResolver,
  StructureResolver,
  CoverageResolver,
  ContributorActivityResolver,
] as const;
