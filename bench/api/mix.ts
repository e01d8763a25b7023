/**
 * The fixed mix of realistic reads: each entry is one GraphQL operation and the hand-written
 * Cypher a developer would write for the same answer (the direct-driver baseline).
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
    name: "list page: start-ups in construction, by title, with incubators",
    query: `query ($where: StartupWhere) { startups(first: 20, where: $where, sort: [{ title: ASC }]) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id key title currentPhase incubators { nodes { key name } } } } } }`,
    variables: { where: { currentPhase: { eq: "construction" } } },
    cypher: `MATCH (n:Startup) WHERE n.currentPhase = $phase
      WITH n ORDER BY n.title, n.key LIMIT 21
      RETURN n.key AS key, n.title AS title, n.currentPhase AS phase,
        [(n)-[:INCUBATED_BY]->(i:Incubator) | i {.key, .name}] AS incubators,
        COUNT { MATCH (m:Startup) WHERE m.currentPhase = $phase } AS total`,
    params: { phase: "construction" },
  },
  {
    name: "reviewer: one tool's relationships",
    query: `query { softwareByKey(key: "lasuite:docs") { key name licence
      repositories { nodes { key stars } } users { totalCount nodes { key name } }
      packageDependencies(first: 10) { totalCount nodes { key } } partners { nodes { key name } } } }`,
    variables: {},
    cypher: `MATCH (s:Software {key: 'lasuite:docs'})
      RETURN s.key AS key, s.name AS name, s.licence AS licence,
        [(s)<-[:IMPLEMENTS]-(r:Repository) | r {.key, .stars}] AS repositories,
        [(s)<-[:USES|DEPLOYS]-(o:Organization) | o {.key, .name}] AS users,
        [(s)-[:DEPENDS_ON]->(p:Package) | p.key][..10] AS packages,
        COUNT { (s)-[:DEPENDS_ON]->(:Package) } AS packageCount,
        [(s)<-[:CO_DEVELOPS|INTEGRATES]-(x:Partner) | x {.key, .name}] AS partners`,
    params: {},
  },
  {
    name: "analyst: start-ups by phase and incubator",
    query: `query { startups(first: 0) { aggregate { count groupBy { phase { key count } incubator { key name count } } } } }`,
    variables: {},
    cypher: `MATCH (n:Startup) WITH n.currentPhase AS phase, count(*) AS c ORDER BY c DESC
      WITH collect({key: phase, count: c}) AS phases
      MATCH (n:Startup) OPTIONAL MATCH (n)-[:INCUBATED_BY]->(i:Incubator)
      WITH phases, i.key AS key, i.name AS name, count(DISTINCT n) AS c ORDER BY c DESC
      RETURN phases, collect({key: key, name: name, count: c}) AS incubators`,
    params: {},
  },
  {
    name: "search: docs",
    query: `query { search(query: "docs", first: 10) { score node { id ... on Software { key name } ... on Startup { key title } ... on Repository { key } } } }`,
    variables: {},
    cypher: `CALL db.index.fulltext.queryNodes('entity_search', '(docs^3 OR docs*)', {limit: 300}) YIELD node, score
      RETURN node.key AS key, labels(node)[0] AS label, score ORDER BY score DESC LIMIT 10`,
    params: {},
  },
  {
    name: "list page: Python repositories by stars",
    query: `query { repositories(first: 20, where: { language: { eq: "Python" } }, sort: [{ stars: DESC }]) {
      edges { node { key name stars forks ownerOrganizations { nodes { key name } } } } } }`,
    variables: {},
    cypher: `MATCH (n:Repository) WHERE n.language = 'Python'
      WITH n ORDER BY coalesce(n.stars, -1) DESC, n.key LIMIT 21
      RETURN n.key AS key, n.name AS name, n.stars AS stars, n.forks AS forks,
        [(n)-[:OWNED_BY]->(o:Organization) | o {.key, .name}] AS owners`,
    params: {},
  },
];
