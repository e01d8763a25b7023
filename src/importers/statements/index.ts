import { z } from "zod";
import { type BuildContext } from "../core/context";
import { SourceError, describeIssues } from "../core/errors";
import { slugify } from "../core/normalise";
import { readYaml, sourceFile } from "../core/readers";
import { prov } from "../core/sources";
import { matchOrganisation } from "../sill/organisations";
import { type NodeRef } from "../snapshot-format";

const deploymentSchema = z
  .object({
    software: z.string(),
    host: z.string().optional(),
    operator: z.string(),
    audience: z.string().optional(),
    login: z.string().optional(),
    offer: z.string().optional(),
    stated_in: z.string(),
  })
  .catchall(z.null());

const KNOWN_KEYS = new Set([
  "software",
  "host",
  "operator",
  "audience",
  "login",
  "offer",
  "stated_in",
]);

/**
 * Quirk: `operator: mosa.cloud (Dutch company, demo instance)` inside a YAML flow mapping is split
 * at the comma into `operator: "mosa.cloud (Dutch company"` and a null key `demo instance)`.
 * The stray null keys are appended back to the operator.
 */
function repairOperator(d: z.infer<typeof deploymentSchema>): string {
  const stray = Object.keys(d).filter(k => !KNOWN_KEYS.has(k));
  return stray.length === 0 ? d.operator : `${d.operator}, ${stray.join(", ")}`;
}

const statementsSchema = z.object({ deployments: z.array(deploymentSchema) }).passthrough();

const SOFTWARE_BY_NAME: Readonly<Record<string, string>> = {
  drive: "lasuite:drive",
  meet: "lasuite:meet",
  docs: "lasuite:docs",
};
const LOGIN_SOFTWARE: Readonly<Record<string, string>> = {
  ProConnect: "proconnect",
  FranceConnect: "franceconnect",
};

/** Operator → node: exact/alias match, else an Organization keyed by the operator's slug. */
function operatorRef(ctx: BuildContext, operator: string, record: string): NodeRef {
  const name = operator.replace(/\s*\(.*\)\s*$/, "").trim();
  const match = matchOrganisation(ctx, name);
  if (match) {
    return match;
  }
  ctx.report.unresolved(
    "statementOperatorNotMatched",
    "operators in public-statements.yml with no organisation (kept as their own Organization)",
    name,
  );
  const qualifier = /\((.*)\)/.exec(operator)?.[1] ?? "";
  const sector = /company/i.test(qualifier) ? "COMPANY" : "UNKNOWN";
  return ctx.graph.addNode(
    "Organization",
    slugify(name),
    {
      name,
      sector,
      kind: sector === "COMPANY" ? "company" : "operator",
      country: /dutch/i.test(qualifier) ? "NL" : /french/i.test(qualifier) ? "FR" : undefined,
    },
    prov("public-statements", record),
  );
}

/**
 * public-statements.yml deployments → (operator)-[:DEPLOYS {url}]->(Software) and, when an
 * instance's login is ProConnect, (Software)-[:DEPENDS_ON {kind: RUNTIME}]->(proconnect).
 * The other sections (co-development, ministries, eIDAS) are encoded in seed/curated.yml, each
 * fact with its source URL.
 */
export function importStatements(ctx: BuildContext): void {
  const file = sourceFile(ctx.dataDir, "public-statements.yml");
  const parsed = statementsSchema.safeParse(readYaml(file));
  if (!parsed.success) {
    throw new SourceError(
      file.name,
      undefined,
      `invalid statements: ${describeIssues(parsed.error.issues)}`,
    );
  }
  parsed.data.deployments.forEach((d, index) => {
    const record = `public-statements.yml#deployments[${index}]`;
    const p = prov("public-statements", record);
    const softwareKey = SOFTWARE_BY_NAME[d.software];
    const software = softwareKey ? { label: "Software", key: softwareKey } : undefined;
    if (!software || !ctx.graph.hasNode(software)) {
      ctx.report.unresolved(
        "statementSoftwareUnknown",
        "deployments naming no known software",
        `${record} ${d.software}`,
      );
      return;
    }
    const operatorName = repairOperator(d);
    if (operatorName !== d.operator) {
      ctx.report.unresolved(
        "statementFlowMappingRepaired",
        "public-statements.yml flow mappings split at a comma inside an unquoted value (repaired)",
        record,
      );
    }
    const operator = operatorRef(ctx, operatorName, record);
    ctx.graph.addRel(
      "DEPLOYS",
      operator,
      software,
      {
        url: d.host ? `https://${d.host}` : undefined,
        serviceName: d.offer ?? d.host,
        audience: d.audience,
        login: d.login,
        basis: "public-statements",
      },
      p,
      d.host ?? d.offer ?? String(index),
    );
    const login = d.login ? LOGIN_SOFTWARE[d.login] : undefined;
    if (login && ctx.graph.hasNode({ label: "Software", key: login })) {
      ctx.graph.addRel(
        "DEPENDS_ON",
        software,
        { label: "Software", key: login },
        {
          kind: "RUNTIME",
          requirement: "login of the public instances",
          manifest: "public-statements.yml",
        },
        p,
      );
    }
  });
}
