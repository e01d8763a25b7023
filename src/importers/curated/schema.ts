import { z } from "zod";

const url = z
  .string()
  .url()
  .refine(u => /^https:\/\//.test(u), "source_url must be a public https URL");
const slug = z.string().regex(/^[a-z0-9][a-z0-9:._-]*$/, "key must be a lower-case slug");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date must be YYYY-MM-DD");
const ref = z.object({ label: z.string().min(1), key: z.string().min(1) }).strict();
const scalar = z.union([z.string(), z.number(), z.boolean()]);

export const SECTORS = ["STATE", "COMPANY", "CIVIL_SOCIETY", "FOREIGN_STATE", "UNKNOWN"] as const;
export const PARTNER_KINDS = ["STATE", "AGENCY", "EU_INSTITUTION", "PROGRAMME"] as const;
export const CURATED_REL_TYPES = [
  "PART_OF",
  "SAME_AS",
  "USES",
  "DEPLOYS",
  "CO_DEVELOPS",
  "FUNDS",
  "INTEGRATES",
  "IMPLEMENTS",
  "DEPENDS_ON",
  "HAS_REPOSITORY",
  "PRODUCES",
] as const;

export const ministrySchema = z
  .object({
    key: slug,
    name: z.string().min(1),
    psoId: z.string().uuid().optional(),
    kind: z.enum(["MINISTRY", "PRIME_MINISTER", "GROUPING"]),
    source_url: url,
  })
  .strict();

export const domainMappingSchema = z
  .object({ domain: slug, ministry: slug.nullable(), note: z.string().optional(), source_url: url })
  .strict();

export const ministryOrganisationSchema = z
  .object({ organisation: z.string().min(1), ministry: slug, source_url: url })
  .strict();

export const directorateSchema = z
  .object({
    key: slug,
    name: z.string().min(1),
    acronym: z.string().min(1),
    ministry: slug,
    organisation: z.string().optional(),
    source_url: url,
  })
  .strict();

export const partnerSchema = z
  .object({
    key: slug,
    name: z.string().min(1),
    kind: z.enum(PARTNER_KINDS),
    country: z.string().regex(/^[A-Z]{2}$/),
    psoId: z.string().uuid().optional(),
    source_url: url,
  })
  .strict();

export const organisationSchema = z
  .object({
    key: slug,
    name: z.string().min(1),
    kind: z.string().min(1),
    sector: z.enum(SECTORS),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    source_url: url,
  })
  .strict();

export const softwareSchema = z
  .object({
    key: slug,
    name: z.string().min(1),
    function: z.string().optional(),
    kind: z.string().optional(),
    partOf: slug.optional(),
    props: z.record(scalar).optional(),
    source_url: url,
  })
  .strict();

export const relationshipSchema = z
  .object({
    type: z.enum(CURATED_REL_TYPES),
    from: ref,
    to: ref,
    props: z.record(scalar).optional(),
    note: z.string().optional(),
    source_url: url,
  })
  .strict();

export const emailDomainSchema = z
  .object({
    domain: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/),
    to: ref,
    sector: z.enum(SECTORS),
    confidence: z.enum(["high", "medium", "low"]),
    note: z.string().optional(),
    source_url: url,
  })
  .strict();

export const curatedSchema = z
  .object({
    date: isoDate,
    ministries: z.array(ministrySchema),
    domainMinistries: z.array(domainMappingSchema),
    ministryOrganisations: z.array(ministryOrganisationSchema),
    digitalDirectorates: z.array(directorateSchema),
    partners: z.array(partnerSchema),
    organisations: z.array(organisationSchema),
    software: z.array(softwareSchema),
    emailDomains: z.array(emailDomainSchema),
    relationships: z.array(relationshipSchema),
  })
  .strict();

export type Curated = z.infer<typeof curatedSchema>;
export type CuratedRelationship = z.infer<typeof relationshipSchema>;

export const aliasSchema = z
  .object({
    label: z.enum(["Organization", "Ministry", "DigitalDirectorate", "Partner"]),
    from: z.string().min(1).optional(),
    name: z.string().min(1).optional(),
    to: z.string().min(1),
    toLabel: z.enum(["Organization", "Ministry", "DigitalDirectorate", "Partner"]).optional(),
    reason: z.string().min(5),
    source_url: url.optional(),
  })
  .strict()
  .refine(a => (a.from === undefined) !== (a.name === undefined), "exactly one of from / name");

export const redactionSchema = z
  .object({
    label: z.literal("Organization"),
    /** first 16 hex of SHA-256 of the record id: the id itself may be a person's name */
    keySha256: z.string().regex(/^[0-9a-f]{16}$/),
    reason: z.string().min(5),
  })
  .strict();

export const aliasesSchema = z
  .object({ date: isoDate, aliases: z.array(aliasSchema), redactions: z.array(redactionSchema) })
  .strict();

export type Alias = z.infer<typeof aliasSchema>;
export type Aliases = z.infer<typeof aliasesSchema>;
