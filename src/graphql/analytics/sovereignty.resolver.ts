import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import type { EntityRefData } from "../../services/analytics/entity-ref";
import { sovereigntyOf } from "../../services/analytics/sovereignty.service";
import { AS_OF_ARG, SubjectInput } from "./common.type";
import type { LicenceClass } from "../../analytics";
import { type FindingKindEnum, JurisdictionEnum, SovereigntyExposure } from "./sovereignty.type";

const fromId = (refs: Map<string, EntityRefData>, id: string): EntityRefData => {
  const colon = id.indexOf(":");
  return refs.get(id) ?? { label: id.slice(0, colon), key: id.slice(colon + 1), name: id };
};

@Resolver()
export class SovereigntyResolver {
  @Query(_returns => SovereigntyExposure, {
    description:
      "Sovereignty exposure of a software, repository, package, start-up, organisation, ministry or " +
      "partner: findings over its transitive dependencies (PROPRIETARY_LICENCE, DUAL_COMMERCIAL_LICENCE, " +
      "NO_LICENCE, NON_EU_VENDOR, UNMAINTAINED, SINGLE_MAINTAINER = absence factor 1), each with reason, " +
      "minimal depth and example path. Unknown facts never give a finding; they are counted. " +
      "metrics-anchors.md §3.5, §3.7, §7.8 (classes are ours).",
  })
  async sovereigntyExposure(
    @Ctx() ctx: Context,
    @Arg("of", _type => SubjectInput, { description: "The subject examined." }) of: SubjectInput,
    @Arg("maxDepth", _type => Int, { defaultValue: 6, description: "1…6" }) maxDepth: number,
    @Arg("unmaintainedMonths", _type => Int, {
      defaultValue: 24,
      description: "Months without activity after which a component is UNMAINTAINED.",
    })
    unmaintainedMonths: number,
    @Arg("jurisdiction", _type => JurisdictionEnum, {
      defaultValue: "EU_EEA",
      description: "Which vendors count as domestic.",
    })
    jurisdiction: JurisdictionEnum,
    @Arg("asOf", _type => String, AS_OF_ARG) asOf: string | null,
  ): Promise<SovereigntyExposure> {
    const r = await sovereigntyOf(ctx, of, { maxDepth, unmaintainedMonths, jurisdiction, asOf });
    return {
      subject: r.subject,
      roots: r.roots,
      summary: {
        ...r.summary,
        byKind: Object.entries(r.summary.byKind).map(([kind, count]) => ({
          kind: kind as FindingKindEnum,
          count,
        })),
        licenceClasses: Object.entries(r.summary.licenceClasses).map(([c, count]) => ({
          licenceClass: c as LicenceClass,
          count,
        })),
      },
      findings: r.findings.map(f => ({
        kind: f.kind as FindingKindEnum,
        component: fromId(r.refs, f.subjectKey),
        reason: f.reason,
        depth: f.depth,
        examplePath: f.examplePath.map(id => fromId(r.refs, id)),
      })),
      method: r.method,
    };
  }
}
