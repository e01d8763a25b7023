/// <reference lib="dom" />
import "reflect-metadata";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { startApp } from "../../src/app";
import { loadConfig } from "../../src/config";
import { createLogger } from "../../src/logging/logger";
import { WEB_DIST_DIR } from "../../src/paths";
import { launchChromium } from "./chromium";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const DOCS = Buffer.from("Software:lasuite:docs").toString("base64url");
const BUDGET = { usableMs: 1000, initialJsKb: 300, fps: 30 };

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

/** The JavaScript the first route loads: index.html's module script and its modulepreloads. */
function initialJsGzipKb(): { files: string[]; raw: number; gzip: number } {
  const html = readFileSync(path.join(WEB_DIST_DIR, "index.html"), "utf8");
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map(m => m[1]!);
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(path.join(WEB_DIST_DIR, f));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw: raw / 1024, gzip: gzip / 1024 };
}

/** Navigation → the entity page usable: title, facts with provenance and the drawn graph. */
async function entityUsableMs(page: Page, base: string): Promise<number> {
  await page.goto("about:blank");
  const start = Date.now();
  await page.goto(`${base}/entite/${DOCS}`, { waitUntil: "commit" });
  await page.locator("ul.provenance li").first().waitFor({ timeout: 60_000 });
  await page.locator(".graph-canvas canvas").first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => !document.body.textContent?.includes("Chargement…"), undefined, {
    timeout: 60_000,
  });
  return Date.now() - start;
}

/** The same page's data through the API alone (fetch in the page): the baseline. */
async function apiOnlyMs(page: Page, base: string): Promise<number> {
  return page.evaluate(
    async ({ base, id }) => {
      const start = performance.now();
      const r = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: `query($id: ID!) { neighbourhood(id: $id, limit: 200) { properties center { displayName provenance { source } } neighbours { node { id displayName entityKind } relationship { id type } } } }`,
          variables: { id },
        }),
      });
      await r.json();
      return performance.now() - start;
    },
    { base, id: DOCS },
  );
}

/**
 * Frames per second while panning (mouse drags) and zooming (wheel) for 3 s, as a user would,
 * with the entity page's sigma renderer holding `nodes` nodes: the real neighbourhood topped up
 * with generated neighbours (one edge each) to reach the size, and the explorer's settings for
 * graphs of more than 500 nodes (`rendererSettings` in web/src/components/graph-canvas.tsx).
 */
async function panZoomFps(page: Page, nodes: number): Promise<number> {
  await page.evaluate(total => {
    type Renderer = {
      getGraph(): {
        order: number;
        addNode(k: string, a: object): void;
        addEdge(a: string, b: string, attrs: object): void;
        nodes(): string[];
      };
      setSetting(name: string, value: unknown): void;
      on(e: string, f: () => void): void;
    };
    const renderer = (window as unknown as { __explorerSigma: Renderer }).__explorerSigma;
    const graph = renderer.getGraph();
    const existing = graph.nodes();
    for (let i = graph.order; i < total; i++) {
      const key = `bench-${i}`;
      const a = (2 * Math.PI * i) / total;
      const r = 5 + 40 * Math.random();
      graph.addNode(key, {
        x: r * Math.cos(a),
        y: r * Math.sin(a),
        size: 4,
        color: "#6a6af4",
        label: key,
      });
      graph.addEdge(existing[i % existing.length]!, key, { size: 1, color: "#bbb" });
    }
    const large = total > 500;
    renderer.setSetting("labelRenderedSizeThreshold", total > 300 ? 10 : 4);
    renderer.setSetting("hideEdgesOnMove", large);
    renderer.setSetting("hideLabelsOnMove", large);
    const w = window as unknown as { __frames: number };
    w.__frames = 0;
    renderer.on("afterRender", () => w.__frames++);
  }, nodes);
  const box = await page.locator(".graph-canvas").boundingBox();
  if (!box) {
    throw new Error("no graph canvas");
  }
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate(() => ((window as unknown as { __frames: number }).__frames = 0));
  const start = Date.now();
  let step = 0;
  while (Date.now() - start < 3000) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let k = 1; k <= 10; k++) {
      await page.mouse.move(cx + 8 * k * Math.cos(step), cy + 8 * k * Math.sin(step));
    }
    await page.mouse.up();
    await page.mouse.wheel(0, step % 2 === 0 ? -120 : 120);
    step++;
  }
  const frames = await page.evaluate(() => (window as unknown as { __frames: number }).__frames);
  return frames / ((Date.now() - start) / 1000);
}

/** The budgets mean nothing on an empty graph: say how to seed it instead of timing out. */
async function refuseEmptyGraph(base: string): Promise<void> {
  const r = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ databaseInfo { nodeCount } }" }),
  });
  const body = (await r.json()) as { data?: { databaseInfo?: { nodeCount?: number } } };
  if (!body.data?.databaseInfo?.nodeCount) {
    throw new Error(
      "the database is empty: run `npm run seed` (or `npm start` once) with the same NEO4J_* settings first",
    );
  }
}

/**
 * Explorer budgets: the entity page usable within 1 s of navigation (median of ROUNDS, with the
 * API-only time of the same data as baseline), the initial route's JS ≤ 300 KB gzipped, and
 * pan/zoom ≥ 30 fps on a 2,000-node neighbourhood in headless Chromium (baseline: 200 nodes).
 * Starts its own server on the seeded local Neo4j (or NEO4J_URI), like bench:api.
 */
async function main(): Promise<void> {
  if (!existsSync(path.join(WEB_DIST_DIR, "index.html"))) {
    throw new Error("dist/web is missing: run npm run build");
  }
  const size = initialJsGzipKb();
  const config = loadConfig({
    LOG_LEVEL: "warn",
    SEED_ON_EMPTY: "false",
    PORT: "0",
    ...process.env,
  });
  const app = await startApp(config, createLogger(config.logLevel, "bench-web"));
  await refuseEmptyGraph(app.server.url).catch(async error => {
    await app.stop();
    throw error;
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await entityUsableMs(page, app.server.url); // warm-up: JIT, Cypher plans, page cache
    const usable: number[] = [];
    const api: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      usable.push(await entityUsableMs(page, app.server.url));
      api.push(await apiOnlyMs(page, app.server.url));
    }
    const fpsSmall = await panZoomFps(page, 200);
    await entityUsableMs(page, app.server.url);
    const fpsLarge = await panZoomFps(page, 2000);

    const u = median(usable);
    const a = median(api);
    console.log("explorer budgets (bench:web)");
    console.log(
      `  entity page usable (Docs), median of ${ROUNDS}: ${u.toFixed(0)} ms  [budget ≤ ${BUDGET.usableMs} ms: ${u <= BUDGET.usableMs ? "met" : "MISSED"}]  baseline API-only ${a.toFixed(0)} ms, ratio ${(u / a).toFixed(1)}×  (all: ${usable.join(", ")} ms)`,
    );
    console.log(
      `  initial route JS: ${size.gzip.toFixed(1)} KB gzipped (${size.raw.toFixed(1)} KB raw, ${size.files.join(", ")})  [budget ≤ ${BUDGET.initialJsKb} KB: ${size.gzip <= BUDGET.initialJsKb ? "met" : "MISSED"}]  ratio to budget ${(size.gzip / BUDGET.initialJsKb).toFixed(2)}`,
    );
    console.log(
      `  pan/zoom, 2,000 nodes: ${fpsLarge.toFixed(1)} fps  [budget ≥ ${BUDGET.fps}: ${fpsLarge >= BUDGET.fps ? "met" : "MISSED"}]  baseline 200 nodes ${fpsSmall.toFixed(1)} fps, ratio ${(fpsLarge / fpsSmall).toFixed(2)}`,
    );
  } finally {
    await browser.close();
    await app.stop();
  }
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
