import path from "node:path";
import {
  loadAliases,
  loadCurated,
  parseAliases,
  parseCurated,
} from "../../../src/importers/curated/load";
import { parseYamlText } from "../../../src/importers/core/readers";

const SEED = path.join(__dirname, "..", "..", "..", "seed");
const file = { abs: "seed/curated.yml", name: "seed/curated.yml" };

const minimal = (extra: string): unknown =>
  parseYamlText(`date: "2026-01-01"
ministries: []
domainMinistries: []
ministryOrganisations: []
digitalDirectorates: []
organisations: []
software: []
emailDomains: []
relationships: []
${extra}`);

describe("curated facts", () => {
  test("the committed seed/curated.yml and seed/aliases.yml validate", () => {
    const curated = loadCurated({ abs: path.join(SEED, "curated.yml"), name: "seed/curated.yml" });
    expect(curated.ministries.length).toBeGreaterThanOrEqual(17);
    expect(curated.ministries.every(m => m.source_url.startsWith("https://"))).toBe(true);
    expect(curated.partners.map(p => p.key)).toEqual(
      expect.arrayContaining([
        "zendis",
        "nl-bzk",
        "opendesk",
        "european-commission",
        "eidas-network",
      ]),
    );
    const aliases = loadAliases({ abs: path.join(SEED, "aliases.yml"), name: "seed/aliases.yml" });
    expect(aliases.aliases.find(a => a.from === "agence-national-de-l-habitat")?.to).toBe("anah");
  });

  test("a record without source_url is an error naming the file and the record", () => {
    const raw = minimal(`partners:
  - { key: zendis, name: ZenDiS, kind: AGENCY, country: DE, source_url: "https://zendis.de/" }
  - { key: nl-bzk, name: NL, kind: STATE, country: NL }`);
    expect(() => parseCurated(file, raw)).toThrow(
      "seed/curated.yml: partners[1] (nl-bzk): invalid curated record: partners.1.source_url: Required",
    );
  });

  test("a non-https source_url or an unknown relationship type is rejected", () => {
    const bad = minimal("partners: []") as Record<string, unknown>;
    bad.relationships = [
      {
        type: "LIKES",
        from: { label: "Partner", key: "a" },
        to: { label: "Software", key: "b" },
        source_url: "http://insecure.example",
      },
    ];
    expect(() => parseCurated(file, bad)).toThrow(
      /^seed\/curated\.yml: relationships\[0\] \(LIKES a -> b\): invalid curated record: /,
    );
  });

  test("an alias needs a reason and exactly one of from/name", () => {
    const raw = parseYamlText(`date: "2026-01-01"
aliases:
  - { label: Organization, from: a, name: b, to: c, reason: because of things }
redactions: []`);
    expect(() => parseAliases({ abs: "x", name: "seed/aliases.yml" }, raw)).toThrow(
      /^seed\/aliases\.yml: aliases\[0\] \(a\): invalid curated record: .*exactly one of from \/ name/,
    );
  });
});
