// Shared test helpers: fixture loading and a fixed "today" so date checks never depend on the clock.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { extractHtml, type HtmlExtraction } from "../../../src/ingest/html/index.js";

export const TODAY = "2026-11-23";

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/html/${name}`, import.meta.url)), "utf8");
}

/** Extract from a page built around the given head and body markup. */
export function extract(head: string, body = "<p>Kein Datum hier.</p>", url?: string): HtmlExtraction {
  return extractHtml(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, { url, today: TODAY });
}

export const publishedOf = (head: string, body?: string, url?: string): string | null => extract(head, body, url).published;
