import fs from "fs";
import { decodeHtml } from "/work/main/dist/src/ingest/html/index.js";
import { parsePage } from "/work/main/dist/src/ingest/html/page.js";
import { extractMetadata } from "/work/main/dist/src/ingest/html/metadata.js";
import { dateTiers } from "/work/main/dist/src/ingest/html/date/cascade.js";
import { isPlausible } from "/work/main/dist/src/ingest/html/date/calendar.js";
import { paragraphsOf } from "/work/main/dist/src/ingest/html/paragraphs.js";
const golds = fs.readFileSync("/work/shared/data/web-dev/gold.jsonl","utf8").trim().split("\n").map(JSON.parse);
const out = [];
for (const g of golds) {
  if (g.published === undefined) continue;
  const html = decodeHtml(fs.readFileSync("/work/shared/data/web-dev/"+g.file));
  const page = parsePage(html); const md = extractMetadata(page, g.url);
  const text = paragraphsOf(page.$("body").toArray(), { withCaptions: true }).map(p=>p.text).join("\n");
  const dayFirst = md.language !== "en" || /\.(uk|ie|au|nz|in)([/:]|$)/.test(g.url||"");
  const tiers = {}; const headline = page.$("h1").first().text().replace(/\s+/g," ").trim() || md.title;
  for (const t of dateTiers({page, text, url: g.url, dayFirst, headlines: [headline, md.title], today: "2026-11-23"})) tiers[t.name] = t.values().filter(d => d && isPlausible(d, "2026-11-23")).slice(0, 5);
  out.push({id: g.id, url: g.url, gold: g.published, lang: md.language, tiers});
}
fs.writeFileSync("/tmp/tiers.json", JSON.stringify(out));
