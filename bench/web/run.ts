/// <reference lib="dom" />
import "reflect-metadata";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
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
/** The explorer's programs for 2,000 nodes before points and lines: the same-process baseline. */
const INSTANCED = { defaultNodeType: "circle", defaultEdgeType: "arrow" };

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

interface JsSize {
  files: string[];
  raw: number;
  gzip: number;
}

function jsSize(files: string[]): JsSize {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(path.join(WEB_DIST_DIR, f));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw: raw / 1024, gzip: gzip / 1024 };
}

type Manifest = Record<string, { file: string; imports?: string[] }>;

/**
 * The JavaScript a first visit loads: the shell (index.html's module script and modulepreloads),
 * and for the entity page the shell, the entity view's chunk with every chunk it imports (from
 * Vite's manifest), and the layout worker.
 */
function initialJsGzipKb(): { shell: JsSize; entity: JsSize } {
  const html = readFileSync(path.join(WEB_DIST_DIR, "index.html"), "utf8");
  const shell = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map(m => m[1]!);
  const manifest = JSON.parse(
    readFileSync(path.join(WEB_DIST_DIR, ".vite", "manifest.json"), "utf8"),
  ) as Manifest;
  const entity = new Set(shell);
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (chunk && !entity.has(chunk.file)) {
      entity.add(chunk.file);
      chunk.imports?.forEach(visit);
    }
  };
  visit("src/views/entity.tsx");
  readdirSync(path.join(WEB_DIST_DIR, "assets"))
    .filter(f => /\.worker-.+\.js$/.test(f))
    .forEach(f => entity.add(`assets/${f}`));
  return { shell: jsSize(shell), entity: jsSize([...entity]) };
}

/**
 * Navigation → the entity page usable: title, facts with provenance and the drawn graph (on its
 * first layout, already interactive); then → the graph's ForceAtlas2 layout applied.
 */
async function entityPageMs(
  page: Page,
  base: string,
): Promise<{ usable: number; laidOut: number }> {
  await page.goto("about:blank");
  const start = Date.now();
  await page.goto(`${base}/entite/${DOCS}`, { waitUntil: "commit" });
  await page.locator("ul.provenance li").first().waitFor({ timeout: 60_000 });
  await page.locator(".graph-canvas canvas").first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => !document.body.textContent?.includes("Chargement…"), undefined, {
    timeout: 60_000,
  });
  const usable = Date.now() - start;
  await page.locator(".graph-canvas[data-layout=done]").waitFor({ timeout: 60_000 });
  return { usable, laidOut: Date.now() - start };
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

/** How the pan/zoom gestures reach the page. */
type InputDriver = "frame" | "cdp";

/**
 * Frames per second while panning (mouse drags) and zooming (wheel) for 3 s, as a user would,
 * with the entity page's sigma renderer holding `nodes` nodes: the real neighbourhood topped up
 * with generated neighbours (one edge each) to reach the size, and the explorer's own settings
 * for that size (`rendererSettings` of web/src/components/graph-settings.ts, read from the page).
 *
 * The gestures are the same for both drivers: drags of 10 moves, released, then a wheel notch.
 * - `frame`: the events are dispatched in the page, one per animation frame, where the pointer
 *   is (`elementFromPoint`), as a mouse delivers them (browsers coalesce input to one per frame);
 *   sigma's mouse captor handles them as real ones. This measures the renderer.
 * - `cdp`: each event goes through the DevTools protocol (`page.mouse`), one round trip each:
 *   on a loaded machine the event rate, not the drawing, bounds this figure.
 */
async function panZoomFps(
  page: Page,
  nodes: number,
  driver: InputDriver,
  override: Record<string, unknown> = {},
): Promise<number> {
  await page.locator(".graph-canvas[data-layout=done]").waitFor({ timeout: 60_000 });
  await page.evaluate(
    ({ total, override }) => {
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
      const w = window as unknown as {
        __explorerSigma: Renderer;
        __explorerRendererSettings: (n: number) => Record<string, unknown>;
        __frames: number;
      };
      const renderer = w.__explorerSigma;
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
      const settings = { ...w.__explorerRendererSettings(total), ...override };
      for (const [name, value] of Object.entries(settings)) {
        renderer.setSetting(name, value);
      }
      w.__frames = 0;
      renderer.on("afterRender", () => w.__frames++);
    },
    { total: nodes, override },
  );
  const box = await page.locator(".graph-canvas").boundingBox();
  if (!box) {
    throw new Error("no graph canvas");
  }
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.waitForTimeout(200); // the settings' refresh drawn
  if (driver === "frame") {
    return page.evaluate(
      ({ cx, cy }) =>
        new Promise<number>(resolve => {
          const w = window as unknown as { __frames: number };
          const target = document.elementFromPoint(cx, cy)!;
          const mouse = (type: string, x: number, y: number) =>
            target.dispatchEvent(
              new MouseEvent(type, {
                clientX: x,
                clientY: y,
                button: 0,
                buttons: type === "mouseup" ? 0 : 1,
                bubbles: true,
                cancelable: true,
              }),
            );
          w.__frames = 0;
          const start = performance.now();
          let tick = 0;
          const next = () => {
            const elapsed = performance.now() - start;
            if (elapsed >= 3000) {
              resolve(w.__frames / (elapsed / 1000));
              return;
            }
            const step = Math.floor(tick / 13);
            const k = tick % 13;
            const at = (d: number) => [cx + d * Math.cos(step), cy + d * Math.sin(step)] as const;
            if (k === 0) {
              mouse("mousedown", cx, cy);
            } else if (k <= 10) {
              mouse("mousemove", ...at(8 * k));
            } else if (k === 11) {
              mouse("mouseup", ...at(80));
            } else {
              target.dispatchEvent(
                new WheelEvent("wheel", {
                  clientX: cx,
                  clientY: cy,
                  deltaY: step % 2 === 0 ? -120 : 120,
                  bubbles: true,
                  cancelable: true,
                }),
              );
            }
            tick++;
            requestAnimationFrame(next);
          };
          requestAnimationFrame(next);
        }),
      { cx, cy },
    );
  }
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
    const base = app.server.url;
    await entityPageMs(page, base); // warm-up: JIT, Cypher plans, page cache
    const usable: number[] = [];
    const laidOut: number[] = [];
    const api: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const t = await entityPageMs(page, base);
      usable.push(t.usable);
      laidOut.push(t.laidOut);
      api.push(await apiOnlyMs(page, base));
    }
    const fps = async (nodes: number, driver: InputDriver, override = {}) => {
      await entityPageMs(page, base);
      return panZoomFps(page, nodes, driver, override);
    };
    const fpsSmall = await fps(200, "frame");
    const fpsLarge = await fps(2000, "frame");
    const fpsInstanced = await fps(2000, "frame", INSTANCED);
    const cdpSmall = await fps(200, "cdp");
    const cdpLarge = await fps(2000, "cdp");

    const u = median(usable);
    const a = median(api);
    console.log(
      `explorer budgets (bench:web), load average ${loadavg()
        .map(l => l.toFixed(1))
        .join(" ")}`,
    );
    console.log(
      `  entity page usable (Docs), median of ${ROUNDS}: ${u.toFixed(0)} ms  [budget ≤ ${BUDGET.usableMs} ms: ${u <= BUDGET.usableMs ? "met" : "MISSED"}]  baseline API-only ${a.toFixed(0)} ms, ratio ${(u / a).toFixed(1)}×  (all: ${usable.join(", ")} ms)`,
    );
    console.log(
      `  entity page graph laid out (ForceAtlas2 in a worker), median: ${median(laidOut).toFixed(0)} ms  (all: ${laidOut.join(", ")} ms)`,
    );
    for (const [name, s] of [
      ["shell (index.html's scripts)", size.shell],
      ["entity route (shell + its view's chunks)", size.entity],
    ] as const) {
      console.log(
        `  initial route JS, ${name}: ${s.gzip.toFixed(1)} KB gzipped (${s.raw.toFixed(1)} KB raw, ${s.files.length} files)  [budget ≤ ${BUDGET.initialJsKb} KB: ${s.gzip <= BUDGET.initialJsKb ? "met" : "MISSED"}]  ratio to budget ${(s.gzip / BUDGET.initialJsKb).toFixed(2)}`,
      );
    }
    console.log(
      `  pan/zoom, 2,000 nodes: ${fpsLarge.toFixed(1)} fps  [budget ≥ ${BUDGET.fps}: ${fpsLarge >= BUDGET.fps ? "met" : "MISSED"}]  baseline 200 nodes ${fpsSmall.toFixed(1)} fps, ratio ${(fpsLarge / fpsSmall).toFixed(2)}; 2,000 nodes with sigma's instanced programs (discs, arrows) ${fpsInstanced.toFixed(1)} fps, ratio ${(fpsLarge / fpsInstanced).toFixed(1)}×  (input one event per frame)`,
    );
    console.log(
      `  pan/zoom, input through the DevTools protocol (bounded by its event rate): 2,000 nodes ${cdpLarge.toFixed(1)} fps, 200 nodes ${cdpSmall.toFixed(1)} fps`,
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
