import { Field, ObjectType } from "type-graphql";
import { ExposureResult } from "../../services/analytics/types/exposure.type";
import { PageInfo } from "../types/common/page-info.type";

@ObjectType({ description: "Who is exposed if the subject fails (blast radius)." })
export class Exposure extends ExposureResult {
  @Field(_type => PageInfo, { description: "Paging of `dependents` (`first`/`after`)." })
  pageInfo!: PageInfo;
}
