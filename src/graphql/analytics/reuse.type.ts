import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { EntityRef, MethodInfo } from "./common.type";

export enum ReuseLevelEnum {
  MINISTRY = "MINISTRY",
  ORGANIZATION = "ORGANIZATION",
}
registerEnumType(ReuseLevelEnum, {
  name: "ReuseLevel",
  description: "Columns of the reuse matrix: ministries (roll-up) or the using organisations.",
});

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
  @Field(_type => EntityRef)
  software!: EntityRef;

  @Field(_type => EntityRef)
  column!: EntityRef;

  @Field(_type => Int, { description: "Distinct users behind the cell." })
  organizations!: number;

  @Field(_type => [ReuseEvidence])
  evidence!: ReuseEvidence[];
}

@ObjectType()
export class MinistryReuse {
  @Field(_type => EntityRef)
  ministry!: EntityRef;

  @Field(_type => Int)
  organizations!: number;

  @Field(_type => Float)
  share!: number;
}

@ObjectType({ description: "Reuse breadth of one software (row total of the matrix)." })
export class SoftwareReuse {
  @Field(_type => EntityRef)
  software!: EntityRef;

  @Field(_type => Int)
  usingOrganizations!: number;

  @Field(_type => Int)
  usingMinistries!: number;

  @Field(_type => Int)
  organizationsWithoutMinistry!: number;

  @Field(_type => Float, {
    nullable: true,
    description: "HHI of using organisations across ministries (1 = one ministry).",
  })
  ministryHHI!: number | null;

  @Field(_type => Float, { description: "1 / HHI: effective number of ministries." })
  effectiveMinistries!: number;

  @Field(_type => [MinistryReuse])
  ministries!: MinistryReuse[];
}

@ObjectType()
export class ReuseColumn {
  @Field(_type => EntityRef)
  column!: EntityRef;

  @Field(_type => Int, { description: "Software with a non-empty cell in this column." })
  software!: number;
}

@ObjectType({ description: "Software × ministries (or organisations) reuse matrix." })
export class ReuseMatrix {
  @Field(_type => ReuseLevelEnum)
  level!: ReuseLevelEnum;

  @Field(_type => [SoftwareReuse], { description: "Rows with their totals, widest reuse first." })
  rows!: SoftwareReuse[];

  @Field(_type => [ReuseColumn], { description: "Columns with their totals." })
  columns!: ReuseColumn[];

  @Field(_type => [ReuseCell], { description: "Non-empty cells only." })
  cells!: ReuseCell[];

  @Field(_type => MethodInfo)
  method!: MethodInfo;
}

@ObjectType({ description: "Reuse breadth of one software, with its method." })
export class ReuseBreadthResult extends SoftwareReuse {
  @Field(_type => [ReuseEvidence])
  evidence!: ReuseEvidence[];

  @Field(_type => MethodInfo)
  method!: MethodInfo;
}
