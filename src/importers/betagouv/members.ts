import { z } from "zod";
import { type BuildContext } from "../core/context";
import { cmp, isoDay, memberKey, slugify } from "../core/normalise";
import { prov } from "../core/sources";
import { type NodeRef } from "../snapshot-format";
import { readCollection } from "./collection";

const dateLike = z.preprocess(v => (v instanceof Date ? v.toISOString() : v), z.string().nullish());

const missionSchema = z
  .object({
    start: dateLike,
    end: dateLike,
    status: z.string().nullish(),
    employer: z.union([z.string(), z.number()]).nullish(),
    startups: z.array(z.string()).nullish(),
  })
  .passthrough();

/** Only the fields the graph keeps are read: no name, handle, link, avatar, bio or employer text. */
const memberSchema = z
  .object({
    role: z.union([z.string(), z.number()]).transform(String).nullish(),
    domaine: z.string().nullish(),
    memberType: z.string().nullish(),
    missions: z.array(missionSchema).nullish(),
    startups: z.array(z.string()).nullish(),
    previously: z.array(z.string()).nullish(),
  })
  .passthrough();

type Mission = z.infer<typeof missionSchema>;

const STATUS_SECTOR: Readonly<Record<string, string>> = {
  admin: "STATE",
  independent: "COMPANY",
  service: "COMPANY",
};

function memberSector(memberType: string | null | undefined, latest: Mission | undefined): string {
  if (memberType === "dinum") {
    return "STATE";
  }
  return STATUS_SECTOR[latest?.status ?? ""] ?? "UNKNOWN";
}

/** Organisation lookup for mission employers: exact (slugified) id, acronym or name only. */
function employerIndex(ctx: BuildContext): Map<string, NodeRef> {
  const index = new Map<string, NodeRef>();
  for (const node of ctx.graph.allNodes()) {
    if (node.label !== "Organization" || node.props.betagouvId === undefined) {
      continue;
    }
    const ref = { label: node.label, key: node.key };
    for (const v of [node.key, node.props.acronym, node.props.name]) {
      if (typeof v === "string" && slugify(v) !== "" && !index.has(slugify(v))) {
        index.set(slugify(v), ref);
      }
    }
  }
  return index;
}

export async function importMembers(
  ctx: BuildContext,
  startupIds: ReadonlySet<string>,
): Promise<void> {
  const records = await readCollection(ctx, "authors", memberSchema, { pseudonymise: true });
  const employers = employerIndex(ctx);
  for (const r of records) {
    // provenance names the pseudonymous key, never the file name (member ids are firstname.lastname)
    const p = prov("betagouv", r.path);
    const d = r.data;
    const missions = [...(d.missions ?? [])].sort((a, b) =>
      cmp(isoDay(a.start) ?? "", isoDay(b.start) ?? ""),
    );
    const latest = missions[missions.length - 1];
    const sector = memberSector(d.memberType, latest);
    const member = ctx.graph.addNode(
      "Contributor",
      memberKey(r.id),
      {
        kind: "betagouv-member",
        role: d.role?.trim(),
        domain: d.domaine ?? undefined,
        memberType: d.memberType ?? undefined,
        sector,
        isBot: false,
        missionCount: missions.length,
        firstMissionStart: isoDay(missions[0]?.start),
        lastMissionEnd: isoDay(latest?.end),
      },
      p,
    );
    const covered = new Set<string>();
    /** One MEMBER_OF per (start-up, discriminator); unknown start-ups are reported, not linked. */
    const memberOf = (
      s: string,
      props: Record<string, string | number | undefined>,
      discriminator: string,
    ) => {
      if (!startupIds.has(s)) {
        ctx.report.unresolved(
          "memberStartupUnknown",
          "member mission startups naming no startup file",
          `${member.key} → ${s}`,
        );
        return;
      }
      covered.add(s);
      const base = { role: d.role?.trim(), domain: d.domaine ?? undefined };
      ctx.graph.addRel(
        "MEMBER_OF",
        member,
        { label: "Startup", key: s },
        { ...base, ...props },
        p,
        discriminator,
      );
    };
    missions.forEach((m, index) => {
      for (const s of m.startups ?? []) {
        memberOf(
          s,
          {
            start: isoDay(m.start),
            end: isoDay(m.end),
            status: m.status ?? undefined,
            basis: "mission",
            seq: index,
          },
          `m${index}`,
        );
      }
      const employer =
        m.employer === null || m.employer === undefined
          ? undefined
          : employers.get(slugify(String(m.employer)));
      if (employer) {
        ctx.graph.addRel(
          "AFFILIATED_WITH",
          member,
          employer,
          { sector: "STATE", basis: "mission-employer", confidence: "exact-name" },
          p,
        );
      } else if (m.employer !== null && m.employer !== undefined) {
        ctx.report.unresolved(
          "memberEmployerUnmatched",
          "mission employers (free text, not stored) matching no organisation exactly; examples are member keys",
          member.key,
        );
      }
    });
    for (const [field, list] of [
      ["startups", d.startups],
      ["previously", d.previously],
    ] as const) {
      for (const s of list ?? []) {
        if (!covered.has(s)) {
          memberOf(s, { basis: field }, field);
        }
      }
    }
  }
}
