/// <reference lib="dom" />
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { REPO_ROOT, WEB_DIST_DIR } from "../../../src/paths";

export { launchChromium } from "../../../bench/web/chromium";

/** Where the end-to-end runs leave their screenshots (git-ignored; docs/ holds chosen ones). */
export const ARTIFACTS_DIR = path.join(REPO_ROOT, "test-artifacts", "e2e");

/** The explorer's build, made now when `npm run build` has not run (a fresh clone's jest run). */
export function ensureWebBuild(): void {
  if (!existsSync(path.join(WEB_DIST_DIR, "index.html"))) {
    execFileSync(
      process.execPath,
      [
        require.resolve("vite/bin/vite.js"),
        "build",
        "--config",
        "web/vite.config.ts",
        "--logLevel",
        "warn",
      ],
      { cwd: REPO_ROOT, stdio: "inherit" },
    );
  }
}

/** Saves a screenshot once every graph on the page has its final (ForceAtlas2) layout. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await page.waitForFunction(
    () => document.querySelectorAll(".graph-canvas:not([data-layout=done])").length === 0,
    undefined,
    { timeout: 90_000 },
  );
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/** axe-core injected into the page: the serious and critical violations of WCAG 2.x A/AA rules. */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) {
    await page.addScriptTag({ content: AXE_SOURCE });
  }
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{
            violations: Array<{
              id: string;
              impact: string | null;
              help: string;
              nodes: unknown[];
            }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
      },
      resultTypes: ["violations"],
    });
    return result.violations
      .filter(v => v.impact === "serious" || v.impact === "critical")
      .map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  });
}

/** Presses Tab until the focused element matches `selector` (at most `max` presses). */
export async function tabUntil(page: Page, selector: string, max = 80): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(s => document.activeElement?.matches(s) ?? false, selector)) {
      return true;
    }
  }
  return false;
}
