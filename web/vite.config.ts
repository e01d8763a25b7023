import path from "node:path";
import { defineConfig } from "vite";

/** The explorer: built into dist/web, served by the API server at `/`. */
export default defineConfig({
  root: __dirname,
  base: "/",
  esbuild: { jsx: "automatic", jsxImportSource: "preact" },
  build: {
    outDir: path.join(__dirname, "..", "dist", "web"),
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    // the chunk of each view (bench:web sums what the entity route loads)
    manifest: true,
    chunkSizeWarningLimit: 600,
  },
  server: {
    // `npx vite --config web/vite.config.ts` during development, against `npm start`
    proxy: { "/graphql": `http://127.0.0.1:${process.env.PORT ?? "4000"}` },
  },
});
