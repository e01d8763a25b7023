/**
 * The fixed mix of realistic reads (issue 10's seven kinds): each entry is one GraphQL operation
 * and the hand-written Cypher a developer would write for the same answer (the direct-driver
 * baseline). It includes a 50-row page with nested relationships (1), a nested aggregate (4) and a
 * 5-level read (7: start-up → repositories → contributors → organisations → ministries).
 */
export interface MixEntry {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  cypher: string;
  params: Record<string, unknown>;
}

export const MIX: MixEntry[] = [
  {
    name: "start-up page: 50 start-ups by title, with incubators and sponsors",
    query: `query StartupPage { startups(first: 50, sort: [{ title: ASC }]) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id key title phase
        incubators { nodes { key name } } sponsors { nodes { key name acronym } } } } } }`,
    variables: {},
    cypher: `MATCH (m:Startup) WITH count(m) AS total
      MATCH (n:Startup) WITH total, n ORDER BY n.title, n.key LIMIT 51
      RETURN n.key AS key, n.title AS title, n.currentPhase AS phase,
        [(n)-[:INCUBATED_BY]->(i:Incubator) | i {.key, .name}] AS incubators,
        [(n)-[:SPONSORED_BY]->(o:Organization) | o {.key, .name, .acronym}] AS sponsors, total`,
    params: {},
  },
  {
    name: "filtered list: Python repositories by stars, with owners",
    query: `query FilteredList($where: RepositoryWhere) {
      repositories(first: 20, where: $where, sort: [{ stars: DESC }]) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { key name stars forks ownerOrganizations { nodes { key name } } } } } }`,
    variables: { where: { language: { eq: "Python" } } },
    cypher: `MATCH (n:Repository) WHERE n.language = $language
      WITH collect(n) AS found
      UNWIND found AS n WITH size(found) AS total, n ORDER BY coalesce(n.stars, -1) DESC, n.key LIMIT 21
      RETURN n.key AS key, n.name AS name, n.stars AS stars, n.forks AS forks,
        [(n)-[:OWNED_BY]->(o:Organization) | o {.key, .name}] AS owners, total`,
    params: { language: "Python" },
  },
  {
    name: "a tool's dependencies: La Suite Docs' packages and shared software",
    query: `query ToolDependencies($key: String!) { softwareByKey(key: $key) { key name licence
      packageDependencies(first: 50) { totalCount nodes { key name ecosystem license } }
      dependencies { nodes { key name licence } }
      repositories { nodes { key stars } } } }`,
    variables: { key: "lasuite:docs" },
    cypher: `MATCH (s:Software {key: $key})
      RETURN s.key AS key, s.name AS name, s.licence AS licence,
        [(s)-[:DEPENDS_ON]->(p:Package) | p {.key, .name, .ecosystem, .license}][..50] AS packages,
        COUNT { (s)-[:DEPENDS_ON]->(:Package) } AS packageCount,
        [(s)-[:DEPENDS_ON]->(d:Software) | d {.key, .name, .licence}] AS dependencies,
        [(s)<-[:IMPLEMENTS]-(r:Repository) | r {.key, .stars}] AS repositories`,
    params: { key: "lasuite:docs" },
  },
  {
    name: "ministries with their bodies (nested aggregate)",
    query: `query MinistryBodies { ministries(first: 20) { nodes { key name
      organizations(first: 10) { aggregate { count } nodes { key name acronym } }
      directorates { nodes { key acronym } } } } }`,
    variables: {},
    cypher: `MATCH (m:Ministry) WITH m ORDER BY m.key LIMIT 20
      RETURN m.key AS key, m.name AS name,
        [(m)<-[:PART_OF|SAME_AS]-(o:Organization) | o {.key, .name, .acronym}][..10] AS organizations,
        COUNT { (m)<-[:PART_OF|SAME_AS]-(:Organization) } AS organizationCount,
        [(m)<-[:PART_OF]-(d:DigitalDirectorate) | d {.key, .acronym}] AS directorates`,
    params: {},
  },
  {
    name: "an organisation's repositories (Etalab: 50, by stars)",
    query: `query OrganizationRepositories($key: String!) { organizationByKey(key: $key) { key name
      repositories(first: 50, sort: [{ stars: DESC }]) { totalCount
        nodes { key name stars language lastUpdate } } } }`,
    variables: { key: "pso:db2b74d4-4dbc-4d7d-ba1b-5762e2cb06b8" },
    cypher: `MATCH (o:Organization {key: $key})
      CALL (o) { MATCH (o)<-[:OWNED_BY]-(r:Repository)
        WITH r ORDER BY coalesce(r.stars, -1) DESC, r.key LIMIT 51
        RETURN collect(r {.key, .name, .stars, .language, .lastUpdate}) AS repositories }
      RETURN o.key AS key, o.name AS name, repositories,
        COUNT { (o)<-[:OWNED_BY]-(:Repository) } AS total`,
    params: { key: "pso:db2b74d4-4dbc-4d7d-ba1b-5762e2cb06b8" },
  },
  {
    name: "a repository's contributors (50, with affiliations)",
    query: `query RepositoryContributors($key: String!) { repositoryByKey(key: $key) { key name
      contributors(first: 50) { totalCount
        nodes { key role affiliationSector organizations { nodes { key name } } } } } }`,
    variables: { key: "github.com/betagouv/comparia" },
    cypher: `MATCH (r:Repository {key: $key})
      CALL (r) { MATCH (r)<-[:CONTRIBUTES_TO]-(c:Contributor)
        WITH c ORDER BY c.key LIMIT 51
        RETURN collect(c {.key, .role, .sector,
          organizations: [(c)-[:AFFILIATED_WITH]->(o:Organization) | o {.key, .name}]}) AS contributors }
      RETURN r.key AS key, r.name AS name, contributors,
        COUNT { (r)<-[:CONTRIBUTES_TO]-(:Contributor) } AS total`,
    params: { key: "github.com/betagouv/comparia" },
  },
  {
    name: "start-up detail page (5 levels: repositories, contributors, organisations, ministries)",
    query: `query StartupDetail($key: String!) { startupByKey(key: $key) { id key title phase
      currentPhaseStart serviceUrl
      incubators { nodes { key name } }
      sponsors { nodes { key name ministries { nodes { key name } } } }
      phases { nodes { key label } }
      members(first: 20) { totalCount nodes { key role domain } }
      repositories { nodes { key stars
        contributors(first: 10) { nodes { key
          organizations { nodes { key name ministries { nodes { key name } } } } } } } } } }`,
    variables: { key: "dossierfacile" },
    cypher: `MATCH (s:Startup {key: $key})
      RETURN s.key AS key, s.title AS title, s.currentPhase AS phase,
        s.currentPhaseStart AS currentPhaseStart, s.serviceUrl AS serviceUrl,
        [(s)-[:INCUBATED_BY]->(i:Incubator) | i {.key, .name}] AS incubators,
        [(s)-[:SPONSORED_BY]->(o:Organization) | o {.key, .name,
          ministries: [(o)-[:PART_OF|SAME_AS]->(m:Ministry) | m {.key, .name}]}] AS sponsors,
        [(s)-[:IN_PHASE]->(p:Phase) | p {.key, .label}] AS phases,
        [(s)<-[:MEMBER_OF]-(c:Contributor) | c {.key, .role, .domain}][..20] AS members,
        COUNT { (s)<-[:MEMBER_OF]-(:Contributor) } AS memberCount,
        [(s)-[:HAS_REPOSITORY]->(r:Repository) | r {.key, .stars,
          contributors: [(r)<-[:CONTRIBUTES_TO]-(c:Contributor) | c {.key,
            organizations: [(c)-[:AFFILIATED_WITH]->(o:Organization) | o {.key, .name,
              ministries: [(o)-[:PART_OF|SAME_AS]->(m:Ministry) | m {.key, .name}]}]}][..10]}] AS repositories`,
    params: { key: "dossierfacile" },
  },
];
