// @ts-check
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import tseslint from "typescript-eslint";

/** Only the database layer talks to the driver (house rule 3). */
const DRIVER = { name: "neo4j-driver", message: "Use src/db (Db) instead." };

/** An import whose specifier matches `regex` is refused, with the layer rule it breaks. */
const refuse = (regex, message) => ({ regex, message });

const READ_INTERNALS = refuse(
  "(^|/)read/(model|plan|compile|execute)/",
  "Use the read path's entry points: src/read (index) or src/read/model.",
);
const READ_UPWARD = refuse(
  "^(\\.\\./)+(graphql|http|services|seed|importers|analytics|cli|reports|neo4j-local|config|logging)(/|$)",
  "src/read sits below graphql/, http/ and services/: it never imports them.",
);
const STAGE = (...later) =>
  refuse(
    `^\\.\\./(${later.join("|")})(/|$)|^\\.\\.(/index)?$|^\\.\\./\\.\\./context$`,
    `A read stage imports only the stages before it (model → plan → compile → execute), never ${later.join(", ")}, the read path's index or the server's context.`,
  );

/** `no-restricted-imports` per folder: which layer may import which. */
function layerRules() {
  const block = (files, ignores, patterns, paths = [DRIVER]) => ({
    files,
    ignores,
    rules: { "no-restricted-imports": ["error", { paths, patterns }] },
  });
  return [
    // everything outside the read path: its entry points only
    block(
      ["src/**/*.ts"],
      ["src/db/**", "src/seed/**", "src/analytics/**", "src/read/**", "src/model/**"],
      [READ_INTERNALS],
    ),
    block(["src/seed/**/*.ts", "src/analytics/**/*.ts"], [], [READ_INTERNALS], []),
    // the database layer and the graph vocabulary sit below everything else (only src/db talks
    // to the driver)
    ...[
      ["src/db/**/*.ts", []],
      ["src/model/**/*.ts", [DRIVER]],
    ].map(([files, paths]) =>
      block(
        [files],
        [],
        [
          refuse(
            "^(\\.\\./)+(read|graphql|http|services|seed|importers|cli|reports)(/|$)",
            "src/db and src/model sit below every other layer.",
          ),
        ],
        paths,
      ),
    ),
    // the read path: never upward, its stages in one direction
    block(
      ["src/read/*.ts"],
      [],
      [READ_UPWARD, refuse("^\\.\\./context$", "The read path uses its own ReadContext.")],
      [DRIVER, { name: "type-graphql", message: "The read path knows no GraphQL classes." }],
    ),
    ...[
      ["model", ["plan", "compile", "execute"]],
      ["plan", ["compile", "execute"]],
      ["compile", ["execute"]],
      ["execute", ["__none__"]],
    ].map(([stage, later]) =>
      block(
        [`src/read/${stage}/**/*.ts`],
        [],
        [READ_UPWARD, STAGE(...later)],
        [DRIVER, { name: "type-graphql", message: "The read path knows no GraphQL classes." }],
      ),
    ),
  ];
}

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "coverage/**",
      "neo4j/target/**",
      "**/__generated__/**",
      "node_modules/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // every block braced: fewer surprises when a line is added
      curly: ["error", "all"],
      // unused parameters are allowed when prefixed with _ (type-graphql's `_type =>`)
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": [
        "error",
        { fixStyle: "inline-type-imports", disallowTypeAnnotations: false },
      ],
    },
  },
  // Layers (README, Architecture). Each block restates the driver rule: in a flat config the
  // last block that sets a rule for a file wins.
  ...layerRules(),
  {
    // CommonJS config files run under Node
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        module: "writable",
        require: "readonly",
        __dirname: "readonly",
        __filename: "readonly",
        process: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  prettier,
);
