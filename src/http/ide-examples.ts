/**
 * The README's example operations, one per kind of user, preloaded as tabs of the IDE (a unit
 * test validates each one against the schema, and the README shows the same text).
 */
export interface IdeExample {
  title: string;
  query: string;
}

export const PRODUCT_NAME = "Graphe du numérique public";
/** Where the IDE serves the project's docs (Markdown). */
export const DOCS_PATH = "/ide/docs/";

export const IDE_EXAMPLES: readonly IdeExample[] = [
  {
    title: "Strategy analyst",
    query: `# Start-ups sponsored by a body of the Ministry of the Armed Forces, by phase and incubator;
# and whether La Suite Docs has a critical mass of contributors.
{
  startups(
    first: 0
    where: { sponsors: { some: { ministries: { some: { key: { eq: "armees" } } } } } }
  ) {
    aggregate {
      count
      groupBy {
        phase {
          key
          count
        }
        incubator {
          key
          name
          count
        }
      }
    }
  }
  criticalMass(of: { kind: SOFTWARE, key: "lasuite:docs" }) {
    contributorsAllTime
    activeContributors
    contributorAbsenceFactor
    elephantFactor
    unknownAffiliationShare
    sectorShares {
      sector
      contributors
      contributionShare
    }
    verdict {
      reached
      reasons
    }
    method {
      name
      references
      coverageNotes
    }
  }
}
`,
  },
  {
    title: "Front-end list page",
    query: `# Filtered, sorted and paginated (next page: after: endCursor; previous: last + before).
query StartupList($after: String) {
  startups(
    first: 20
    after: $after
    where: { phase: { in: [CONSTRUCTION, ACCELERATION] }, title: { contains: "france" } }
    sort: [{ membersCount: DESC }]
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        key
        title
        phase
        incubators {
          nodes {
            name
          }
        }
      }
    }
  }
}
`,
  },
  {
    title: "Sovereignty reviewer",
    query: `# One tool: its relationships with their sources, its transitive dependencies
# and who is exposed if it fails.
{
  softwareByKey(key: "lasuite:docs") {
    name
    licence
    provenance {
      source
      record
      date
      licence
      url
    }
    repositories {
      nodes {
        key
        stars
      }
    }
    users {
      edges {
        node {
          name
        }
        relationships {
          type
          provenance {
            source
          }
        }
      }
    }
    partners {
      nodes {
        name
        country
      }
    }
    runtimePackages: packageDependencies(first: 5, edge: { kind: { eq: "RUNTIME" } }) {
      totalCount
      edges {
        node {
          key
        }
        relationships {
          properties
        }
      }
    }
  }
  dependencies(of: { kind: SOFTWARE, key: "lasuite:docs" }, maxDepth: 3, first: 50) {
    totalCount
    items {
      node {
        key
        name
      }
      depth
      relation
      requirement
      licence
      examplePath {
        key
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    method {
      name
      parameters {
        name
        value
      }
    }
  }
  exposure(of: { kind: SOFTWARE, key: "lasuite:django-lasuite" }) {
    transitiveDependents
    ministries {
      ministry {
        key
        name
      }
      organizations
      startups
      minDepth
    }
  }
}
`,
  },
];
