// @ts-check
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import tseslint from "typescript-eslint";

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
  {
    // only the database layer talks to the driver (house rule 3)
    files: ["src/**/*.ts"],
    ignores: ["src/db/**", "src/seed/**", "src/analytics/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "neo4j-driver", message: "Use src/db (Db) instead." }] },
      ],
    },
  },
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
