import { Field, Float, Int, ObjectType } from "type-graphql";
import { EntityRef, MethodInfo } from "./common.type";

@ObjectType({
  description: "One coverage figure: how many of the counted entities the graph knows it for.",
})
export class CoverageRatio {
  @Field(_type => String, {
    description: "Stable name of the figure, e.g. `startupsWithMinistry`.",
  })
  name!: string;

  @Field(_type => String, { description: "What is counted." })
  description!: string;

  @Field(_type => Int, { description: "Entities with the fact." })
  numerator!: number;

  @Field(_type => Int, { description: "Entities counted." })
  denominator!: number;

  @Field(_type => Float, {
    nullable: true,
    description: "numerator / denominator (0…1); null when the denominator is 0.",
  })
  share!: number | null;
}

@ObjectType({ description: "Depth of the dependency chains (DEPENDS_ON, every kind)." })
export class DependencyChainCoverage {
  @Field(_type => Int, { description: "Roots: repositories and software with a dependency." })
  roots!: number;

  @Field(_type => Int, {
    nullable: true,
    description: "Largest minimal depth at which a root reaches one of its dependencies.",
  })
  maxDepth!: number | null;

  @Field(_type => Float, {
    nullable: true,
    description: "Median over roots of the depth of each root's deepest dependency.",
  })
  medianDepth!: number | null;

  @Field(_type => Int, {
    description: "Depth at which the traversal analytics (dependencies, exposure…) stop.",
  })
  traversalLimit!: number;
}

@ObjectType({ description: "Repositories not read for one reason (not-fetched.csv)." })
export class CoverageReason {
  @Field(_type => String, { description: "Why, as stated by the source." })
  reason!: string;

  @Field(_type => Int, { description: "Repositories not read for this reason." })
  count!: number;
}

@ObjectType({ description: "A range of dates (YYYY-MM-DD); null bounds when there is no date." })
export class DateRange {
  @Field(_type => String, { nullable: true, description: "First date (YYYY-MM-DD)." })
  earliest!: string | null;

  @Field(_type => String, { nullable: true, description: "Last date (YYYY-MM-DD)." })
  latest!: string | null;
}

@ObjectType({
  description:
    "What the graph covers, with numerator and denominator: the figures the analytics' coverage notes cite.",
})
export class Coverage {
  @Field(_type => CoverageRatio, {
    description: "Repositories with an owner (organisation or ministry).",
  })
  repositoriesWithOwner!: CoverageRatio;

  @Field(_type => CoverageRatio, {
    description: "Repositories that belong to a ministry (owner, or owner's ministry).",
  })
  repositoriesWithMinistry!: CoverageRatio;

  @Field(_type => CoverageRatio, { description: "Start-ups that belong to a ministry (sponsors)." })
  startupsWithMinistry!: CoverageRatio;

  @Field(_type => CoverageRatio, { description: "Software with at least one known user." })
  softwareWithKnownUser!: CoverageRatio;

  @Field(_type => CoverageRatio, { description: "Software with contributor data." })
  softwareWithContributorData!: CoverageRatio;

  @Field(_type => CoverageRatio, { description: "Repositories with contributor data." })
  repositoriesWithContributorData!: CoverageRatio;

  @Field(_type => CoverageRatio, {
    description: "Packages resolved to the repository that publishes them.",
  })
  packagesResolvedToRepository!: CoverageRatio;

  @Field(_type => DependencyChainCoverage, {
    description: "Depth of the dependency chains (DEPENDS_ON) from each root.",
  })
  dependencyChains!: DependencyChainCoverage;

  @Field(_type => [EntityRef], { description: "Ministries to which no start-up belongs." })
  ministriesWithoutStartup!: EntityRef[];

  @Field(_type => [EntityRef], { description: "Ministries to which no repository belongs." })
  ministriesWithoutRepository!: EntityRef[];

  @Field(_type => [EntityRef], {
    description: "Ministries with no known tool (no reuse evidence of theirs or of their bodies).",
  })
  ministriesWithoutKnownTool!: EntityRef[];

  @Field(_type => [CoverageReason], {
    description:
      "Repositories in the graph whose contributors and manifests were not read, by reason (largest first).",
  })
  repositoriesNotRead!: CoverageReason[];

  @Field(_type => DateRange, {
    description: "Per-repository snapshot dates of the contributor data.",
  })
  contributorDataDates!: DateRange;

  @Field(_type => String, {
    nullable: true,
    description: "The data's snapshot date (YYYY-MM-DD) recorded by the seed loader.",
  })
  snapshotDate!: string | null;

  @Field(_type => MethodInfo, {
    description: "How the figures are counted: definitions, parameters and coverage notes.",
  })
  method!: MethodInfo;
}
