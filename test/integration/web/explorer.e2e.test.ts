/// <reference lib="dom" />
/**
 * The explorer in a real browser (Debian's chromium driven by playwright-core) against the real
 * server and the seeded test Neo4j: one journey per view, each with a screenshot artefact, an
 * axe-core check (no serious or critical violation) and keyboard navigation.
 */
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import type { App } from "../../../src/app";
import { readSnapshot } from "../../../src/importers/snapshot-format";
import { REPO_ROOT } from "../../../src/paths";
import { loadSnapshot } from "../../../src/seed";
import { startTestApp } from "../../setup/test-app";
import { openTestDb, type TestDb } from "../../setup/test-db";
import {
  ensureWebBuild,
  launchChromium,
  screenshot,
  seriousA11yViolations,
  tabUntil,
} from "./browser";

const DOCS = Buffer.from("Software:lasuite:docs").toString("base64url");
const DJANGO_LASUITE = Buffer.from("Software:lasuite:django-lasuite").toString("base64url");
const ARMEES = Buffer.from("Ministry:armees").toString("base64url");
const ECOLOGIE = Buffer.from("Ministry:transition-ecologique").toString("base64url");
/** The machine is shared: waits are generous, and they are waits, not timing assertions. */
const WAIT = { timeout: 90_000 };

describe("the explorer in Chromium", () => {
  let testDb: TestDb;
  let app: App;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    ensureWebBuild();
    testDb = await openTestDb();
    await testDb.wipe();
    await loadSnapshot(testDb.db, readSnapshot(path.join(REPO_ROOT, "seed/snapshot")));
    app = await startTestApp();
    browser = await launchChromium();
  }, 600_000);

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on("pageerror", e => errors.push(e.message));
  });

  afterEach(async () => {
    await page.close();
    expect(errors).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await testDb?.close();
  });

  const open = (url: string) => page.goto(`${app.server.url}${url}`);

  async function expectAccessible(): Promise<void> {
    expect(await seriousA11yViolations(page)).toEqual([]);
  }

  test("front-end path: search, an entity page, a ministry page and pagination", async () => {
    await open("/");
    await page.getByRole("heading", { name: "Rechercher dans le graphe" }).waitFor(WAIT);
    await expectAccessible();

    // the keyboard reaches the search box, then the results
    expect(await tabUntil(page, "#search-input")).toBe(true);
    await page.keyboard.type("transition écologique");
    const hit = page.locator(`ol.results a[href="/entite/${ECOLOGIE}"]`);
    await hit.waitFor(WAIT);
    expect(new URL(page.url()).searchParams.get("q")).toBe("transition écologique");
    await expect(page.locator("ol.results li").count()).resolves.toBeGreaterThan(1);
    await screenshot(page, "search");
    expect(await tabUntil(page, "ol.results a")).toBe(true);
    await hit.focus();
    await page.keyboard.press("Enter");

    await page.getByRole("heading", { level: 1, name: /Transition écologique/ }).waitFor(WAIT);
    expect(new URL(page.url()).pathname).toBe(`/entite/${ECOLOGIE}`);
    await page.getByRole("heading", { name: "Provenance et licence" }).waitFor(WAIT);
    await expect(page.locator("ul.provenance li").count()).resolves.toBeGreaterThan(0);
    await page.locator(".graph-canvas canvas").first().waitFor(WAIT);
    await expectAccessible();

    // the keyboard reaches the graph's node list
    expect(await tabUntil(page, ".node-list summary")).toBe(true);
    await page.keyboard.press("Enter");
    expect(await tabUntil(page, ".node-list button")).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, "entity");

    await page.getByRole("link", { name: "Page ministère" }).click();
    await page.getByRole("heading", { name: "Start-ups", exact: true }).waitFor(WAIT);
    const firstOfPage = () => page.locator("ul.columns li a").first().textContent();
    await page.locator("ul.columns li").first().waitFor(WAIT);
    const before = await firstOfPage();
    await page.getByRole("button", { name: "Page suivante" }).first().click();
    await page.waitForFunction(
      text => document.querySelector("ul.columns li a")?.textContent !== text,
      before,
      WAIT,
    );
    expect(await firstOfPage()).not.toBe(before);
    await page.getByRole("button", { name: "Page précédente" }).first().click();
    await page.waitForFunction(
      text => document.querySelector("ul.columns li a")?.textContent === text,
      before,
      WAIT,
    );
    await page
      .getByRole("heading", { name: /Exposition aux points de défaillance uniques/ })
      .waitFor(WAIT);
    await page.locator(".chart canvas").first().waitFor(WAIT);
    await expectAccessible();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, "ministry");
  }, 300_000);

  test("reviewer: Docs' dependencies, then its critical mass, then the exposure of django-lasuite", async () => {
    await open(`/entite/${DOCS}`);
    await page.getByRole("heading", { level: 1, name: "Docs" }).waitFor(WAIT);
    await page.getByRole("link", { name: "Dépendances" }).click();
    await page.getByRole("heading", { name: "Dépendances de Docs" }).waitFor(WAIT);
    await page.locator(".graph-canvas canvas").first().waitFor(WAIT);
    // DIRECT and INDIRECT marked, licence classes shown, unknown licences said as unknown
    const table = page.locator(".table-block table").first();
    await expect(
      table.getByRole("cell", { name: "directe", exact: true }).count(),
    ).resolves.toBeGreaterThan(0);
    await expect(page.locator(".figures").textContent()).resolves.toMatch(/[1-9]\d* indirectes/);
    await expect(page.locator(".licence-classes").textContent()).resolves.toMatch(
      /licence inconnue : \d+/,
    );
    await expectAccessible();
    await screenshot(page, "dependencies");

    // the depth control changes the shareable URL and the tree
    await page.selectOption("#depth", "1");
    await page.waitForURL(/profondeur=1/, WAIT);
    await page.waitForFunction(
      () => !document.querySelector(".figures")?.textContent?.match(/[1-9]\d* indirectes/),
      undefined,
      WAIT,
    );

    await page.goto(`${app.server.url}/entite/${DOCS}`);
    await page.getByRole("link", { name: "Masse critique" }).click();
    await page.getByRole("heading", { name: /^Verdict : masse critique/ }).waitFor(WAIT);
    await expect(page.locator(".unknown-share").textContent()).resolves.toMatch(
      /affiliation inconnue : \d/,
    );
    await expect(
      page.locator(".figures").getByText("facteur d'absence (CAF)").count(),
    ).resolves.toBe(1);
    // the verdict's criteria are written in French from their structured fields
    await expect(page.locator(".verdict li").allTextContents()).resolves.toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^(non )?atteint : contributeurs actifs = \d+ [≥<] \d+$/),
        expect.stringMatching(/^(non )?atteint : organisations distinctes = \d+ [≥<] \d+$/),
      ]),
    );
    await page.getByRole("heading", { name: "Contributeurs dans le temps" }).waitFor(WAIT);
    await page.locator(".chart canvas").nth(1).waitFor(WAIT);
    // contributors per year from one contributorActivity call, with the unknown share per year
    await page.getByRole("columnheader", { name: "Part d'affiliation inconnue" }).waitFor(WAIT);
    const unknownShare = page.getByRole("columnheader", { name: "Part d'affiliation inconnue" });
    await expect(
      page.locator("table", { has: unknownShare }).locator("tbody tr").count(),
    ).resolves.toBeGreaterThan(1);
    await page.getByRole("cell", { name: "Inconnu", exact: true }).first().waitFor(WAIT);
    await page.locator("details.method summary").first().click();
    await expect(page.locator("details.method").first().textContent()).resolves.toContain(
      "Formule",
    );
    await expectAccessible();
    await page.locator("details.method summary").first().click();
    await screenshot(page, "critical-mass");

    await page.getByRole("combobox", { name: "Aller à une entité" }).fill("django-lasuite");
    await page
      .getByRole("option", { name: /django-lasuite\s*Logiciel/ })
      .first()
      .waitFor(WAIT);
    await page
      .getByRole("option", { name: /django-lasuite\s*Logiciel/ })
      .first()
      .click();
    await page.getByRole("heading", { level: 1, name: "django-lasuite" }).waitFor(WAIT);
    expect(new URL(page.url()).pathname).toBe(`/entite/${DJANGO_LASUITE}`);
    await page.getByRole("link", { name: "Exposition" }).click();
    await page.getByRole("heading", { name: "Exposition à django-lasuite" }).waitFor(WAIT);
    await page.getByRole("heading", { name: "Par ministère" }).waitFor(WAIT);
    await page.locator(".graph-canvas canvas").first().waitFor(WAIT);
    await expect(page.locator(".figures").textContent()).resolves.toMatch(
      /\d+ dépendants au total/,
    );
    await expectAccessible();
    await screenshot(page, "exposure");
  }, 300_000);

  test("analyst: which ministries reuse La Suite tools (the suite expanded, a cell's evidence)", async () => {
    await open("/reutilisation");
    await page.getByRole("heading", { name: "Matrice de réutilisation" }).waitFor(WAIT);
    const expand = page.getByRole("button", { name: "Déplier la suite La Suite numérique" });
    await expand.waitFor(WAIT);
    await expectAccessible();
    await expand.click();
    await page.waitForURL(/suites=lasuite/, WAIT);
    await page.locator("tr.part").first().waitFor(WAIT);
    await expect(page.locator("tr.part").count()).resolves.toBeGreaterThan(2);
    await page.locator("tr.part button.cell").first().click();
    await page.getByRole("heading", { name: /^Preuves :/ }).waitFor(WAIT);
    await expect(page.locator(".evidence tbody tr").count()).resolves.toBeGreaterThan(0);
    // downloads: CSV of the evidence
    const download = page.waitForEvent("download");
    await page
      .locator(".evidence")
      .getByRole("link", { name: /Télécharger CSV/ })
      .click();
    const csv = await (await download).path();
    expect(csv).toBeTruthy();
    await expectAccessible();
    await page
      .locator('tr:has(button[aria-expanded="true"])')
      .evaluate(row => row.scrollIntoView({ block: "start" }));
    await screenshot(page, "reuse");
  }, 300_000);

  test("connection path between two entities, drawn", async () => {
    await open(`/chemin?de=${DOCS}&vers=${ARMEES}`);
    await page.getByRole("heading", { name: "Docs → Ministère des Armées" }).waitFor(WAIT);
    await expect(page.locator("ol.steps li").count()).resolves.toBeGreaterThan(0);
    await page.locator(".graph-canvas canvas").first().waitFor(WAIT);
    await expectAccessible();
    await screenshot(page, "path");
  }, 300_000);
});
