/**
 * The entity API mix of `bench:scale` (issue 13: "keyset pages, lookups by key"): reads whose cost
 * should not grow with the graph. The first page's cursor is read at run time for the second page.
 */
export interface EntityRead {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

const REPOSITORY_PAGE = `query ($after: String) { repositories(first: 20, after: $after) {
  pageInfo { hasNextPage endCursor } edges { cursor node { key name stars forks language } } } }`;

/** The reads; `after` = the end cursor of the first repositories page. */
export function entityMix(after: string | null): EntityRead[] {
  return [
    { name: "keyset page 1: repositories", query: REPOSITORY_PAGE, variables: {} },
    { name: "keyset page 2: repositories (after)", query: REPOSITORY_PAGE, variables: { after } },
    {
      name: "keyset page: start-ups by title",
      query: `{ startups(first: 20, sort: [{ title: ASC }]) { edges { node { key title currentPhase } } } }`,
      variables: {},
    },
    {
      name: "lookup by key: software with relationships",
      query: `{ softwareByKey(key: "lasuite:docs") { key name licence repositories { nodes { key stars } }
        users { nodes { key name } } packageDependencies(first: 10) { nodes { key } } } }`,
      variables: {},
    },
    {
      name: "lookup by key: repository",
      query: `{ repositoryByKey(key: "github.com/suitenumerique/docs") { key name stars language } }`,
      variables: {},
    },
    {
      name: "lookup by key: start-up with incubators",
      query: `{ startupByKey(key: "1-eleve-1-stage") { key title currentPhase incubators { nodes { key name } } } }`,
      variables: {},
    },
  ];
}

export const FIRST_PAGE = REPOSITORY_PAGE;
