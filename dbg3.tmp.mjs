import fs from "fs";
import { decodeHtml } from "/work/main/dist/src/ingest/html/index.js";
import { parsePage } from "/work/main/dist/src/ingest/html/page.js";
import { metaDateValues } from "/work/main/dist/src/ingest/html/date/meta.js";
import { markupDates } from "/work/main/dist/src/ingest/html/date/markup.js";
import { cuedDates } from "/work/main/dist/src/ingest/html/date/cues.js";
import { paragraphsOf } from "/work/main/dist/src/ingest/html/paragraphs.js";
const golds = fs.readFileSync("/work/shared/data/web-dev/gold.jsonl","utf8").trim().split("\n").map(JSON.parse);
const pick = process.argv.slice(2);
for (const g of golds.filter(g => pick.some(p => g.id===p || (g.url||"").includes(p)))) {
  const html = decodeHtml(fs.readFileSync("/work/shared/data/web-dev/"+g.file));
  const page = parsePage(html);
  console.log("==", g.id, g.url, "gold", g.published);
  console.log(" jsonld", page.jsonLd.filter(n=>n.node.datePublished||n.node.dateModified).map(n=>[n.node["@type"], n.depth, n.node.datePublished, n.node.dateModified]).slice(0,4));
  console.log(" meta", JSON.stringify(metaDateValues(page.meta)));
  const m = markupDates(page.$); console.log(" markup pub", m.published.slice(0,3), "mod", m.modified.slice(0,3), "unm", m.unmarked.slice(0,3));
  console.log(" lines", m.dateLines.slice(0,8));
  const text = paragraphsOf(page.$("body").toArray()).map(p=>p.text).join("\n");
  console.log(" cued", JSON.stringify(cuedDates(text, true)));
}
