/** French names and colours of the entity kinds (`Node.entityKind`, `EntityRef.kind`) and labels. */

export interface KindStyle {
  /** French name, singular. */
  name: string;
  /** Fill colour of its graph nodes (contrast-checked against white labels and the legend). */
  colour: string;
}

const STYLES: Record<string, KindStyle> = {
  Ministry: { name: "Ministère", colour: "#000091" },
  DigitalDirectorate: { name: "Direction numérique", colour: "#6a6af4" },
  Organization: { name: "Organisation", colour: "#009081" },
  Incubator: { name: "Incubateur", colour: "#c3992a" },
  Startup: { name: "Start-up d'État", colour: "#e1000f" },
  Phase: { name: "Phase", colour: "#929292" },
  Software: { name: "Logiciel", colour: "#8585f6" },
  Repository: { name: "Dépôt de code", colour: "#3a3a3a" },
  ForgeAccount: { name: "Compte de forge", colour: "#7d4e5b" },
  Package: { name: "Paquet", colour: "#a558a0" },
  Contributor: { name: "Contributeur (pseudonyme)", colour: "#ce614a" },
  Partner: { name: "Partenaire européen", colour: "#1f8d49" },
};

const UNKNOWN: KindStyle = { name: "Autre", colour: "#666666" };

/** `DIGITAL_DIRECTORATE` → `DigitalDirectorate`; labels pass through. */
export function labelOfKind(kind: string): string {
  if (!kind.includes("_") && kind !== kind.toUpperCase()) {
    return kind;
  }
  return kind
    .toLowerCase()
    .split("_")
    .map(w => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
}

export function kindStyle(kindOrLabel: string): KindStyle {
  return STYLES[labelOfKind(kindOrLabel)] ?? UNKNOWN;
}

export const ALL_LABELS = Object.keys(STYLES);

/** French names of relationship types, for filters and legends (the type itself when unknown). */
const RELATIONSHIP_NAMES: Record<string, string> = {
  DEPENDS_ON: "dépend de",
  USES: "utilise",
  DEPLOYS: "déploie",
  FUNDS: "finance",
  CO_DEVELOPS: "co-développe",
  INTEGRATES: "intègre",
  PART_OF: "fait partie de",
  SAME_AS: "identique à",
  SPONSORED_BY: "portée par",
  INCUBATED_BY: "incubée par",
  IN_PHASE: "en phase",
  MEMBER_OF: "membre de",
  CONTRIBUTES_TO: "contribue à",
  AFFILIATED_WITH: "affilié à",
  HAS_REPOSITORY: "a pour dépôt",
  HOSTED_BY: "hébergé par",
  OWNED_BY: "appartient à",
  IMPLEMENTS: "implémente",
  PUBLISHED_FROM: "publié depuis",
  PRODUCES: "produit",
  HAS_FORGE_ACCOUNT: "a pour compte",
  SIMILAR_TO: "similaire à",
  MINISTRY: "rattaché au ministère",
};

export function relationshipName(type: string): string {
  return RELATIONSHIP_NAMES[type] ?? type.toLowerCase().replace(/_/g, " ");
}
