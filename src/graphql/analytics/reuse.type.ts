import { Field, Float, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../types/common/page-info.type";
import { EntityRef, MethodInfo } from "./common.type";
import { enumOf } from "../../analytics/types/enum-of";
import { REUSE_LEVELS } from "../../services/analytics/reuse.service";

export const ReuseLevelEnum = enumOf(REUSE_LEVELS, {
  name: "ReuseLevel",
  description: "Columns of the reuse matrix: ministries (roll-up) or the using organisations.",
  valuesConfig: {
    MINISTRY: { description: "One column per ministry the users roll up to." },
    ORGANIZATION: { description: "One column per using organisation, ministry or partner." },
  },
});
export type ReuseLevelEnum = (typeof ReuseLevelEnum)[keyof typeof ReuseLevelEnum];

@ObjectType({ description: "One fact stating a reuse." })
export class ReuseEvidence {
  @Field(_type => String, {
    description: "USES, DEPLOYS, FUNDS, CO_DEVELOPS, INTEGRATES or PRODUCES<-SPONSORED_BY.",
  })
  relationship!: string;

  @Field(_type => EntityRef, { description: "The using organisation, ministry or partner." })
  user!: EntityRef;

  @Field(_type => EntityRef, {
    nullable: true,
    description: "Start-up through which it is stated.",
  })
  via!: EntityRef | null;

  @Field(_type => [String], { description: "Sources (provenance) of the fact." })
  sources!: string[];
}

@ObjectType({ description: "A non-empty cell of the reuse matrix." })
export class ReuseCell {
  @Field(_type => EntityRef, { description: "Row of the cell." })
  software!: EntityRef;

  @Field(_type => EntityRef, { description: "Column of the cell (a ministry or an organisation)." })
  column!: EntityRef;

  @Field(_type => Int, { description: "Distinct users behind the cell." })
  organizations!: number;

  @Field(_type => [ReuseEvidence], { description: "The facts behind the cell." })
  evidence!: ReuseEvidence[];
}

@ObjectType({ description: "Users of a software rolled up to one ministry." })
export class MinistryReuse {
  @Field(_type => EntityRef, { description: "The ministry." })
  ministry!: EntityRef;

  @Field(_type => Int, { description: "Using organisations rolled up to it." })
  organizations!: number;

  @Field(_type => Float, {
    description: "Its share of the software's ministry-attributed users, 0…1 (not rounded).",
  })
  share!: number;
}

@ObjectType({ description: "Reuse breadth of one software (row total of the matrix)." })
export class SoftwareReuse {
  @Field(_type => EntityRef, { description: "The software." })
  software!: EntityRef;

  @Field(_type => Int, { description: "Distinct organisations, ministries and partners using it." })
  usingOrganizations!: number;

  @Field(_type => Int, { description: "Distinct ministries its users roll up to." })
  usingMinistries!: number;

  @Field(_type => Int, { description: "Users that roll up to no ministry (unknown attachment)." })
  organizationsWithoutMinistry!: number;

  @Field(_type => Float, {
    nullable: true,
    description: "HHI of using organisations across ministries (1 = one ministry).",
  })
  ministryHHI!: number | null;

  @Field(_type => Float, { description: "1 / HHI: effective number of ministries." })
  effectiveMinistries!: number;

  @Field(_type => [MinistryReuse], { description: "Per ministry, largest first." })
  ministries!: MinistryReuse[];
}

@ObjectType({ description: "One column of the reuse matrix with its total." })
export class ReuseColumn {
  @Field(_type => EntityRef, { description: "The ministry or organisation." })
  column!: EntityRef;

  @Field(_type => Int, { description: "Software with a non-empty cell in this column." })
  software!: number;
}

@ObjectType({ description: "Software × ministries (or organisations) reuse matrix." })
export class ReuseMatrix {
  @Field(_type => ReuseLevelEnum, { description: "What the columns are." })
  level!: ReuseLevelEnum;

  @Field(_type => [SoftwareReuse], {
    description: "This page of rows with their totals, widest reuse first.",
  })
  rows!: SoftwareReuse[];

  @Field(_type => PageInfo, { description: "Paging of `rows` (`first`/`after`)." })
  pageInfo!: PageInfo;

  @Field(_type => [ReuseColumn], { description: "Columns with their totals." })
  columns!: ReuseColumn[];

  @Field(_type => [ReuseCell], { description: "Non-empty cells only." })
  cells!: ReuseCell[];

  @Field(_type => MethodInfo, { description: "How it was computed." })
  method!: MethodInfo;
}

@ObjectType({ description: "Reuse breadth of one software, with its method." })
export class ReuseBreadthResult extends SoftwareReuse {
  @Field(_type => [ReuseEvidence], { description: "Every fact behind the breadth." })
  evidence!: ReuseEvidence[];

  @Field(_type => MethodInfo, { description: "How it was computed." })
  method!: MethodInfo;
}
