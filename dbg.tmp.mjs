import fs from "fs";
import { load } from "cheerio/slim";
import { decodeHtml, extractHtml } from "/work/main/dist/src/ingest/html/index.js";
import { removeChrome } from "/work/main/dist/src/ingest/html/clean.js";
const golds = fs.readFileSync("/work/shared/data/web-dev/gold.jsonl","utf8").trim().split("\n").map(JSON.parse);
const ids = process.argv.slice(2);
const norm = s => s.replace(/\s+/g," ").trim();
for (const g of golds.filter(g => ids.includes(g.id))) {
  const html = decodeHtml(fs.readFileSync("/work/shared/data/web-dev/"+g.file));
  const ex = extractHtml(html, {url:g.url, today:"2026-11-23"});
  const $ = load(html); const raw = norm($("body").text());
  removeChrome($); const cleaned = norm($("body").text());
  console.log("==", g.id, g.url, "textlen", ex.text.length);
  for (const s of g.with||[]) console.log(" with", norm(ex.text).includes(norm(s)) ? "OK " : "MISS", raw.includes(norm(s))?"raw":"-", cleaned.includes(norm(s))?"clean":"-", s.slice(0,60));
  for (const s of g.without||[]) console.log(" w/o ", norm(ex.text).includes(norm(s)) ? "XTRA" : "ok  ", s.slice(0,60));
  if (process.env.SHOW) console.log(ex.text.slice(0, 1500));
}
