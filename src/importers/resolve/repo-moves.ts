/**
 * Repositories known under a former URL (stated in shared/data/README.md): the former key is
 * mapped to the current one so both sources meet on one Repository node.
 */
export const REPO_MOVES: Readonly<Record<string, { to: string; reason: string }>> = {
  "github.com/numerique-gouv/meet": {
    to: "github.com/suitenumerique/meet",
    reason:
      "beta.gouv.fr startup `visio` points to the former numerique-gouv/meet, now suitenumerique/meet",
  },
  "github.com/demarche-numerique/demarche.numerique.gouv.fr": {
    to: "github.com/demarches-simplifiees/demarches-simplifiees.fr",
    reason:
      "beta.gouv.fr startup `demarches-simplifiees.fr` points to the renamed repository; public-repos describes it under its former name (not-fetched.csv)",
  },
};

export function canonicalRepositoryKey(normalised: string): string {
  return REPO_MOVES[normalised]?.to ?? normalised;
}
