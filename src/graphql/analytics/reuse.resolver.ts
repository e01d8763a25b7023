import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import type { EntityRefData } from "../../services/analytics/entity-ref";
import {
  reuseBreadthOf,
  reuseMatrix,
  type SoftwareReuse as Row,
} from "../../services/analytics/reuse.service";
import { entityRef, methodInfo, SubjectInput } from "./common.type";
import { ReuseBreadthResult, ReuseLevelEnum, ReuseMatrix, type SoftwareReuse } from "./reuse.type";

const row = (r: Row): SoftwareReuse => ({
  ...r,
  software: entityRef(r.software),
  ministries: r.ministries.map(m => ({ ...m, ministry: entityRef(m.ministry) })),
});

const evidence = (e: {
  relationship: string;
  user: EntityRefData;
  via: EntityRefData | null;
  sources: string[];
}) => ({
  ...e,
  user: entityRef(e.user),
  via: e.via ? entityRef(e.via) : null,
});

const HELP =
  "Evidence: USES, DEPLOYS, FUNDS, CO_DEVELOPS, INTEGRATES and sponsors of producing start-ups; " +
  "ministry roll-up through PART_OF / SAME_AS. Concentration: HHI = Σ s², effective number = 1/HHI " +
  "(metrics-anchors.md §4, §7.4).";

@Resolver()
export class ReuseResolver {
  @Query(_returns => ReuseMatrix, {
    description: `Software × ministries (or organisations) reuse matrix with evidence per cell and totals. ${HELP}`,
  })
  async reuseMatrix(
    @Ctx() ctx: Context,
    @Arg("software", _type => [SubjectInput], {
      nullable: true,
      description: "Default: every software with evidence.",
    })
    software: SubjectInput[] | null,
    @Arg("level", _type => ReuseLevelEnum, { defaultValue: "MINISTRY" }) level: ReuseLevelEnum,
    @Arg("limit", _type => Int, { defaultValue: 100, description: "Rows kept, 1…1000." })
    limit: number,
  ): Promise<ReuseMatrix> {
    const r = await reuseMatrix(ctx, { software, level, first: limit });
    return {
      level: r.level as ReuseLevelEnum,
      rows: r.rows.map(row),
      columns: r.columns.map(c => ({ ...c, column: entityRef(c.column) })),
      cells: r.cells.map(c => ({
        ...c,
        software: entityRef(c.software),
        column: entityRef(c.column),
        evidence: c.evidence.map(evidence),
      })),
      method: methodInfo(r.method),
    };
  }

  @Query(_returns => ReuseBreadthResult, {
    description: `Reuse breadth of one software: using organisations and ministries, ministry HHI and effective number. ${HELP}`,
  })
  async reuseBreadth(
    @Ctx() ctx: Context,
    @Arg("of", _type => SubjectInput) of: SubjectInput,
  ): Promise<ReuseBreadthResult> {
    const r = await reuseBreadthOf(ctx, of);
    return {
      ...row(r.row),
      evidence: r.evidence.map(evidence),
      method: methodInfo(r.method),
    };
  }
}
