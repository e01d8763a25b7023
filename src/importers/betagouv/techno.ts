import { slugify, uniqSorted } from "../core/normalise";

/** Spelling variants of the free-text `techno` field → one canonical token. */
const TECHNO_ALIASES: Readonly<Record<string, string>> = {
  node: "nodejs",
  "node-js": "nodejs",
  nodejs: "nodejs",
  "react-js": "react",
  reactjs: "react",
  "vue-js": "vuejs",
  vue: "vuejs",
  vue3: "vuejs",
  "next-js": "nextjs",
  next: "nextjs",
  "nuxt-js": "nuxtjs",
  nuxt: "nuxtjs",
  postgres: "postgresql",
  postgre: "postgresql",
  psql: "postgresql",
  rails: "ruby-on-rails",
  ror: "ruby-on-rails",
  "ruby-on-rail": "ruby-on-rails",
  js: "javascript",
  ts: "typescript",
  python3: "python",
  "express-js": "express",
  expressjs: "express",
  "angular-js": "angularjs",
  "elastic-search": "elasticsearch",
  "metabase-": "metabase",
  dsfr: "dsfr",
  "systeme-de-design-de-l-etat": "dsfr",
  "design-system-de-l-etat": "dsfr",
};

/** Normalises one techno label (lower-case slug, known variants merged). */
export function normaliseTechno(raw: string): string | undefined {
  const slug = slugify(raw.replace(/\.js\b/gi, "-js"));
  if (slug === "") {
    return undefined;
  }
  return TECHNO_ALIASES[slug] ?? slug;
}

export function normaliseTechnoList(values: readonly unknown[] | null | undefined): string[] {
  const out: string[] = [];
  for (const v of values ?? []) {
    if (typeof v === "string") {
      const t = normaliseTechno(v);
      if (t !== undefined) {
        out.push(t);
      }
    }
  }
  return uniqSorted(out);
}
