// The HTML report in a real headless Chromium: offline from file://, no console errors, no
// network; summary, filters, sorting, paging, an article's marked text, an overlap side by side
// and the provenance graph; hostile article text shown as text. Screenshots go to reports/.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { reportCorpus } from "../../bench/report-corpus.js";
import { INLINE_DETAILS_MAX } from "../../src/report/html-articles.js";
import { renderHtml } from "../../src/report/html.js";
import type { ReportInput } from "../../src/types.js";
import { repoRoot, runCli, tempDir } from "../helpers/cli.js";
import { hostileQuote, hostileSpeaker, hostileTitle, sampleInput } from "../report/fixture.js";

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const inCi = Boolean(process.env.CI) && !["false", "0"].includes(process.env.CI ?? "");
const chromiumMissing = !existsSync(executablePath);
// Locally a missing browser skips (with a note); in CI it must fail, never pass silently.
const skip = chromiumMissing && !inCi;
if (skip) console.warn(`report-html browser test skipped: no Chromium at ${executablePath} (set CHROMIUM_PATH or apt-get install chromium)`);

const timeout = 120_000;
const screenshots = join(repoRoot, "reports", "screenshots");

let browser: Browser;
let directory: string;

beforeAll(async () => {
  if (skip) return;
  if (chromiumMissing) throw new Error(`Chromium not found at ${executablePath}; set CHROMIUM_PATH (CI must run this test)`);
  mkdirSync(screenshots, { recursive: true });
  directory = await mkdtemp(join(tmpdir(), "wirecheck-html-"));
  browser = await chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}, timeout);

afterAll(async () => {
  await browser?.close();
  if (directory) await rm(directory, { recursive: true, force: true });
});

/** A page on the report, refusing and remembering every request but the page itself. */
function openedPage(file: () => string) {
  const state = { page: undefined as unknown as Page, errors: [] as string[], requests: [] as string[] };
  beforeEach(async () => {
    const url = pathToFileURL(file()).href;
    state.errors = [];
    state.requests = [];
    state.page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    state.page.setDefaultTimeout(20_000);
    state.page.on("console", (message) => {
      if (message.type() === "error") state.errors.push(message.text());
    });
    state.page.on("pageerror", (error) => state.errors.push(error.message));
    await state.page.route("**/*", (route) => {
      const requested = route.request().url();
      if (requested === url) return route.continue();
      state.requests.push(requested);
      return route.abort();
    });
    await state.page.goto(url);
  }, timeout);
  afterEach(async () => {
    await state.page.close();
    expect(state.errors).toEqual([]);
    expect(state.requests).toEqual([]);
  });
  return state;
}

async function written(name: string, input: ReportInput): Promise<string> {
  const file = join(directory, name);
  await writeFile(file, renderHtml(input));
  return file;
}

describe.skipIf(skip)("HTML report of the sample audit", () => {
  let file = "";
  beforeAll(async () => {
    file = await written("sample.html", sampleInput());
  });
  const state = openedPage(() => file);
  const page = () => state.page;
  const articleRows = () => page().locator("table.articles > tbody:not([hidden]) > tr.summary");
  const visibleIds = () => articleRows().locator("th").allTextContents();

  test("opens on the summary and lists the articles worst first", async () => {
    expect(await page().locator("section").first().getAttribute("id")).toBe("summary");
    expect(await page().locator("#summary .chart svg rect").count()).toBe(6);
    expect(await page().locator("#summary table.sources tbody tr").count()).toBe(4);
    expect(await visibleIds()).toEqual(["001_de", "feed-1", "en story", "feed-2", "003_clean"]);
    expect(await page().locator("#shown").textContent()).toBe("5 of 5 articles shown");
    // With script, details start closed.
    expect(await page().locator("#article-0-details").isVisible()).toBe(false);
  }, timeout);

  test("opening an article shows its points lost and its text with findings marked over their whole span", async () => {
    const toggle = page().getByRole("button", { name: "001_de", exact: true });
    await toggle.click();
    const details = page().locator("#article-0-details");
    expect(await details.isVisible()).toBe(true);
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    expect(await details.locator(".deductions li").count()).toBe(5);
    expect(await details.locator(".text mark").allTextContents()).toEqual(["ein Sprecher", "Peskow RIA Novosti zufolge", "Quelle: Agenturen"]);
    const mark = await details.locator(".text mark").nth(1).boundingBox();
    expect(mark!.width).toBeGreaterThan(100);
    expect(await details.locator(".chain-diagram li").allTextContents()).toEqual(["Dimitri Peskow person", "RIA Novosti agency", "BBC media", "this article"]);
    await details.screenshot({ path: join(screenshots, "sample-article.png") });
    await page().locator("#article-0 tr.summary td").first().click();
    expect(await details.isVisible()).toBe(false);
  }, timeout);

  test("filters by severity, source, rule and grade, and searches", async () => {
    await page().getByRole("button", { name: "Expand page" }).click();
    await page().getByRole("checkbox", { name: "Infos" }).uncheck();
    expect(await page().locator("li.finding[data-severity=info]:visible").count()).toBe(0);
    expect(await page().locator("li.finding[data-severity=warning]:visible").count()).toBe(4);
    await page().getByRole("checkbox", { name: "Infos" }).check();
    await page().locator("#filter-source").selectOption("Wire Feed");
    expect(await visibleIds()).toEqual(["feed-1", "feed-2"]);
    await page().locator("#filter-source").selectOption("*");
    await page().locator("#filter-rule").selectOption("attribution/anonymous-source");
    expect(await visibleIds()).toEqual(["001_de", "en story"]);
    await page().locator("#filter-rule").selectOption("*");
    await page().locator("#filter-grade").selectOption("A");
    expect(await visibleIds()).toEqual(["feed-2", "003_clean"]);
    await page().locator("#filter-grade").selectOption("*");
    await page().getByRole("searchbox", { name: "Search" }).fill("SENIOR official");
    expect(await visibleIds()).toEqual(["en story"]);
    expect(await page().locator("#shown").textContent()).toBe("1 of 5 articles shown");
  }, timeout);

  test("sorts by any column; sorting keeps each article's details with it", async () => {
    const gradeHeader = page().locator("table.articles thead th", { hasText: "Grade" });
    await gradeHeader.getByRole("button").click();
    expect(await gradeHeader.getAttribute("aria-sort")).toBe("ascending");
    expect(await articleRows().locator(".grade").allTextContents()).toEqual(["A", "A", "C", "D", "F"]);
    await page().getByRole("button", { name: "feed-1", exact: true }).click();
    expect(await page().locator("#article-3-details").isVisible()).toBe(true);
    expect(await page().locator("#article-3 > tr").count()).toBe(2);
  }, timeout);

  test("an overlap opens side by side with the differences marked; the graph links to articles", async () => {
    const overlap = page().locator("#overlaps li.overlap").first();
    await overlap.locator("summary").click();
    const cells = overlap.locator(".pair:not(.head)").nth(1).locator("[role=cell]");
    const [left, right] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
    expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
    expect(Math.abs(right!.y - left!.y)).toBeLessThan(2);
    expect(await cells.nth(0).locator("del").count()).toBeGreaterThan(0);
    await overlap.screenshot({ path: join(screenshots, "sample-overlap.png") });
    const node = page().locator("#provenance svg a.node").first();
    expect((await node.boundingBox())!.width).toBeGreaterThan(50);
    await node.click();
    // The link opens the article's details from a hashchange handler, which runs after the click returns.
    const details = page().locator("#article-0-details");
    await details.waitFor({ state: "visible", timeout: 5_000 });
    expect(await details.isVisible()).toBe(true);
  }, timeout);

  test("hostile text in titles, quotes, speakers, chains and passages is shown as text and never runs", async () => {
    await page().getByRole("button", { name: "en story", exact: true }).click();
    const details = page().locator("#article-1-details");
    expect(await page().locator("#article-1 tr.summary td").first().textContent()).toBe(hostileTitle);
    expect(await details.locator("table.quotes tbody tr").first().locator("td").nth(2).textContent()).toBe(hostileQuote);
    expect(await details.locator(".text .speaker").last().textContent()).toBe(hostileSpeaker);
    expect(await details.locator(".chain-diagram li").first().textContent()).toBe(`${hostileSpeaker} person`);
    await page().locator("#overlaps li.overlap summary").first().click();
    for (const target of await page().locator("#article-1 td:visible, #overlaps .shared:visible, .chain-diagram li:visible").all()) await target.hover({ force: true });
    expect(await page().evaluate(() => (globalThis as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page().evaluate(() => document.querySelectorAll("script").length)).toBe(2);
    expect(await page().evaluate(() => document.querySelectorAll("img, [onerror], [onmouseover]").length)).toBe(0);
  }, timeout);

  test("reads well (screenshot for a human look)", async () => {
    await page().getByRole("button", { name: "001_de", exact: true }).click();
    await page().screenshot({ path: join(screenshots, "sample-report.png"), fullPage: true });
    expect(existsSync(join(screenshots, "sample-report.png"))).toBe(true);
  }, timeout);
});

describe.skipIf(skip)("HTML report without JavaScript", () => {
  test("shows every article's details, no controls", async () => {
    const file = await written("nojs.html", sampleInput());
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    expect(await page.locator("tr.details:visible").count()).toBe(5);
    expect(await page.locator(".controls").isVisible()).toBe(false);
    expect(await page.locator("#article-0-details .text mark").count()).toBe(3);
    await context.close();
  }, timeout);
});

describe.skipIf(skip)("HTML report of the seeds, from the CLI", () => {
  let file = "";
  beforeAll(() => {
    const out = tempDir();
    runCli(["audit", "seeds", "--out", out, "--format", "html", "--fail-on", "none"]);
    file = join(out, "report.html");
  });
  const state = openedPage(() => file);

  test("summary and the lowest-graded seed render", async () => {
    const page = state.page;
    expect(await page.locator("#summary .chart").isVisible()).toBe(true);
    expect(await page.locator("table.articles > tbody > tr.summary th").first().textContent()).toBe("002_699b7f408b553c12");
    await page.getByRole("button", { name: "002_699b7f408b553c12" }).click();
    expect(await page.locator("#article-2-details .deductions li").count()).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: join(screenshots, "seeds-report.png"), fullPage: true });
    expect(readFileSync(file, "utf8")).toContain("Haftungsausschluss");
  }, timeout);
});

describe.skipIf(skip)("HTML report of 1,000 articles with overlaps", () => {
  let file = "";
  beforeAll(async () => {
    file = await written("large.html", reportCorpus(1000));
  }, timeout);
  const state = openedPage(() => file);

  test("pages, opens an article and an overlap, draws the provenance graph", async () => {
    const page = state.page;
    expect(await page.locator("table.articles > tbody:visible").count()).toBe(50);
    expect(await page.locator("#page-status").textContent()).toBe("Page 1 of 20");
    await page.getByRole("button", { name: "Next" }).click();
    expect(await page.locator("#page-status").textContent()).toBe("Page 2 of 20");
    const first = page.locator("table.articles > tbody:visible button.toggle").first();
    await first.click();
    expect(await page.locator("table.articles > tbody.open .text").isVisible()).toBe(true);
    expect(await page.locator("#provenance svg a.node").count()).toBeGreaterThan(20);
    await page.locator("#provenance").screenshot({ path: join(screenshots, "large-provenance.png") });
    const overlap = page.locator("#overlaps li.overlap").first();
    await overlap.locator("summary").click();
    expect(await overlap.locator(".shared").first().isVisible()).toBe(true);
    await page.screenshot({ path: join(screenshots, "large-report.png") });
  }, timeout);
});

describe.skipIf(skip)("HTML report over the inline limit", () => {
  let file = "";
  beforeAll(async () => {
    const input = sampleInput();
    const template = input.report.articles[0]!;
    input.report.articles = Array.from({ length: INLINE_DETAILS_MAX + 1 }, (_, i) => ({ ...template, id: `a${i}` }));
    input.texts = new Map(input.report.articles.map((a) => [a.id, input.texts.get(template.id)!]));
    file = await written("lazy.html", input);
  });
  const state = openedPage(() => file);

  test("an article's details are built when it is opened, and a link to a later page turns to it", async () => {
    const page = state.page;
    await page.getByRole("button", { name: "a0", exact: true }).click();
    expect(await page.locator("#article-0-details .text mark").count()).toBe(3);
    await page.evaluate(() => (location.hash = "#article-700"));
    await expect.poll(() => page.locator("#article-700-details").isVisible()).toBe(true);
    expect(await page.locator("#page-status").textContent()).toBe("Page 15 of 21");
  }, timeout);
});
