import fs from "fs";
import { decodeHtml } from "/work/main/dist/src/ingest/html/index.js";
import { parsePage } from "/work/main/dist/src/ingest/html/page.js";
import { paragraphsOf } from "/work/main/dist/src/ingest/html/paragraphs.js";
const golds = fs.readFileSync("/work/shared/data/web-dev/gold.jsonl","utf8").trim().split("\n").map(JSON.parse);
for (const g of golds.filter(g => process.argv.slice(2).includes(g.id))) {
  const html = decodeHtml(fs.readFileSync("/work/shared/data/web-dev/"+g.file));
  const [y,m,d] = g.published.split("-");
  const forms = [`${d}.${m}.${y}`, `${+d}.${+m}.${y}`, `${y}-${m}-${d}`, `${d}.${m}.${y.slice(2)}`, `${+d}. `, `${m}/${d}/${y}`,`${y}/${m}/${d}`, `${d}/${m}/${y}`, `${y}年`, `${y}.${m}.${d}`];
  const page = parsePage(html);
  const text = paragraphsOf(page.$("body").toArray()).map(p=>p.text).join("\n");
  console.log("==", g.id, g.published);
  for (const f of forms) { const i = text.indexOf(f); if (i>=0 && f.length>4) { console.log("  TEXT", JSON.stringify(text.slice(Math.max(0,i-80), i+40))); break; } }
  for (const f of forms) { const i = html.indexOf(f); if (i>=0 && f.length>4) { console.log("  HTML", JSON.stringify(html.slice(Math.max(0,i-150), i+40))); break; } }
}
