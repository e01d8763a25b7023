import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import type { EntityRefData } from "../../services/analytics/entity-ref";
import {
  reuseBreadthOf,
  reuseMatrix,
  type SoftwareReuse as Row,
} from "../../services/analytics/reuse.service";
import { SubjectInput } from "./common.type";
import { AnalyticsPageArgs } from "./page-args.type";
import { pagedMethod, pageInfo, pageRows, pageWindow } from "./paging";
import { ReuseBreadthResult, ReuseLevelEnum, ReuseMatrix, type SoftwareReuse } from "./reuse.type";

const EXPAND_PARTS =
  "Count a suite's parts (Software PART_OF it): as rows of their own in the matrix, pooled " +
  "with the suite in the breadth. Default true; no effect on software without parts.";

const row = (r: Row): SoftwareReuse => ({
  ...r,
  software: r.software,
  ministries: r.ministries,
});

const evidence = (e: {
  relationship: string;
  user: EntityRefData;
  via: EntityRefData | null;
  sources: string[];
}) => ({
  ...e,
  user: e.user,
  via: e.via,
});

const HELP =
  "Evidence: USES, DEPLOYS, FUNDS, CO_DEVELOPS, INTEGRATES and sponsors of producing start-ups; " +
  "ministry roll-up through PART_OF / SAME_AS. Concentration: HHI = Σ s², effective number = 1/HHI " +
  "(metrics-anchors.md §4, §7.4).";

@Resolver()
export class ReuseResolver {
  @Query(_returns => ReuseMatrix, {
    description: `Software × ministries (or organisations) reuse matrix with evidence per cell and totals. ${HELP} Rows are paged: \`first\` 1…1000 (default 100), \`after\`; cells and columns follow the page's rows.`,
  })
  async reuseMatrix(
    @Ctx() ctx: Context,
    @Arg("software", _type => [SubjectInput], {
      nullable: true,
      description: "The software (rows) to show; default: every software with evidence.",
    })
    software: SubjectInput[] | null,
    @Arg("level", _type => ReuseLevelEnum, {
      defaultValue: "MINISTRY",
      description: "What the columns are: ministries or organisations.",
    })
    level: ReuseLevelEnum,
    @Arg("expandParts", _type => Boolean, { defaultValue: true, description: EXPAND_PARTS })
    expandParts: boolean,
    @Args(_type => AnalyticsPageArgs) page: AnalyticsPageArgs,
  ): Promise<ReuseMatrix> {
    const window = pageWindow("reuseMatrix", page, { first: 100, max: 1000 });
    const r = await reuseMatrix(ctx, { software, level, first: window.fetch, expandParts });
    const rows = pageRows(window, r.rows);
    const onPage = new Set(rows.map(x => `${x.software.label}:${x.software.key}`));
    const cells = r.cells.filter(c => onPage.has(`${c.software.label}:${c.software.key}`));
    const columns = r.columns
      .map(c => ({
        ...c,
        software: cells.filter(
          x => x.column.label === c.column.label && x.column.key === c.column.key,
        ).length,
      }))
      .filter(c => c.software > 0);
    return {
      level: r.level as ReuseLevelEnum,
      rows: rows.map(row),
      pageInfo: pageInfo(window, r.rows.length),
      columns: columns,
      cells: cells.map(c => ({
        ...c,
        software: c.software,
        column: c.column,
        evidence: c.evidence.map(evidence),
      })),
      method: pagedMethod(r.method, window, r.rows.length),
    };
  }

  @Query(_returns => ReuseBreadthResult, {
    description: `Reuse breadth of one software: using organisations and ministries, ministry HHI and effective number. ${HELP}`,
  })
  async reuseBreadth(
    @Ctx() ctx: Context,
    @Arg("of", _type => SubjectInput, { description: "The software (or suite)." })
    of: SubjectInput,
    @Arg("expandParts", _type => Boolean, { defaultValue: true, description: EXPAND_PARTS })
    expandParts: boolean,
  ): Promise<ReuseBreadthResult> {
    const r = await reuseBreadthOf(ctx, of, { expandParts });
    return {
      ...row(r.row),
      evidence: r.evidence.map(evidence),
      method: r.method,
    };
  }
}
