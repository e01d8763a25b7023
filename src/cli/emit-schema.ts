import "reflect-metadata";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createSchema } from "../graphql/schema";
import { printSdl } from "../http/sdl";
import { REPO_ROOT } from "../paths";

const SDL_FILE = path.join(REPO_ROOT, "schema", "schema.graphql");

/**
 * Emits the SDL of the code-first schema, sorted, to schema/schema.graphql.
 * With --check, fails when the committed file is stale instead of writing it.
 */
async function main(): Promise<void> {
  const sdl = printSdl(await createSchema());
  if (process.argv.includes("--check")) {
    const committed = existsSync(SDL_FILE) ? readFileSync(SDL_FILE, "utf8") : "";
    if (committed !== sdl) {
      process.stderr.write(
        "schema/schema.graphql is stale: run `npm run schema:emit` and commit it\n",
      );
      process.exit(1);
    }
    process.stdout.write("schema/schema.graphql is up to date\n");
    return;
  }
  writeFileSync(SDL_FILE, sdl);
  process.stdout.write(`wrote ${path.relative(process.cwd(), SDL_FILE)}\n`);
}

main().catch(error => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
