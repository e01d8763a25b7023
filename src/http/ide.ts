import path from "node:path";
import express, { type Router } from "express";
import { type RuruClientConfig, ruruHTML } from "ruru/server";
import { REPO_ROOT } from "../paths";
import { DOCS_PATH, IDE_EXAMPLES, PRODUCT_NAME } from "./ide-examples";

const DOCS = ["api.md", "analytics.md", "data-model.md"];

const WELCOME = `# ${PRODUCT_NAME}: the French public digital ecosystem as a GraphQL graph
# (ministries, digital directorates, start-ups d'État, shared tools, repositories, partners).
#
# One tab per kind of user is preloaded: strategy analyst, front-end list page, sovereignty
# reviewer. Docs: ${DOCS_PATH}api.md, ${DOCS_PATH}analytics.md, ${DOCS_PATH}data-model.md;
# the schema as SDL: /graphql/schema.graphql.
`;

/** The text of the example tab `i`: the welcome, then the example. */
const tabQuery = (i: number): string => `${WELCOME}\n${IDE_EXAMPLES[i]?.query ?? ""}`;

/** Tabs stored by GraphiQL under `graphiql:tabState`; written only when none are stored yet. */
function tabsScript(): string {
  const tabs = IDE_EXAMPLES.map((example, i) => ({
    id: `example-${i}`,
    hash: `example-${i}`,
    title: example.title,
    query: tabQuery(i),
    variables: null,
    headers: null,
    operationName: null,
    response: null,
  }));
  const state = JSON.stringify({ tabs, activeTabIndex: 0 }).replace(/</g, "\\u003c");
  return `<script>try{if(!localStorage.getItem("graphiql:tabState")){localStorage.setItem("graphiql:tabState",${JSON.stringify(state)});}}catch(e){}</script>`;
}

/**
 * A GraphiQL IDE (ruru) served entirely from this server, so it works offline: Apollo's default
 * landing page loads from a CDN that closed networks cannot reach. It opens on the product's
 * name, with the README's example operations preloaded as tabs.
 */
export function ideRouter(graphqlPath: string): Router {
  const router = express.Router();
  const staticDir = path.join(path.dirname(require.resolve("ruru")), "..", "static");
  const page = ruruHTML({
    endpoint: graphqlPath,
    staticPath: "/ide/static/",
    // the type marks every RuruProps key required although ruru treats them as optional
    clientConfig: {
      defaultQuery: tabQuery(0),
      // GraphiQL opens the stored tab whose text equals the initial query; without one it adds an
      // empty "<untitled>" tab in front of the examples
      initialQuery: tabQuery(0),
      schemaDescription: true,
      inputValueDeprecation: true,
    } as RuruClientConfig,
    htmlParts: {
      titleTag: `<title>${PRODUCT_NAME} · GraphQL IDE</title>`,
      headerScripts: (original: string) => `${tabsScript()}\n${original}`,
    },
  });
  router.use("/ide/static", express.static(staticDir, { immutable: true, maxAge: "1d" }));
  for (const doc of DOCS) {
    const file = path.join(REPO_ROOT, "docs", doc);
    router.get(`${DOCS_PATH}${doc}`, (_req, res) => {
      res.type("text/markdown; charset=utf-8").sendFile(file);
    });
  }
  router.get("/ide", (_req, res) => {
    res.type("html").send(page);
  });
  return router;
}
