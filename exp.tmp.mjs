import fs from "fs";
import { load } from "cheerio/slim";
import { decodeHtml } from "/work/main/dist/src/ingest/html/index.js";
import { parsePage } from "/work/main/dist/src/ingest/html/page.js";
import { removeChrome, slimForReadability } from "/work/main/dist/src/ingest/html/clean.js";
import { extractBody } from "/work/main/dist/src/ingest/html/body.js";
import { densestContainer } from "/work/main/dist/src/ingest/html/fallback.js";
import { isChromeParagraph } from "/work/main/dist/src/ingest/html/chrome.js";
const golds = fs.readFileSync("/work/shared/data/web-dev/gold.jsonl","utf8").trim().split("\n").map(JSON.parse).filter(g=>g.with);
const norm = s => s.replace(/\s+/g," ").trim();
const rows = [];
for (const g of golds) {
  const html = decodeHtml(fs.readFileSync("/work/shared/data/web-dev/"+g.file));
  const page = parsePage(html); removeChrome(page.$); slimForReadability(page.$);
  const fb = norm(densestContainer(page.$).filter(p=>!isChromeParagraph(p)).map(p=>p.text).join(" "));
  const ours = norm(extractBody(page.$, null));
  const sc = t => { let tp=0,fp=0,fn=0; for (const s of g.with) t.includes(norm(s))?tp++:fn++; for (const s of g.without||[]) if (t.includes(norm(s))) fp++; return [tp,fp,fn]; };
  rows.push({id:g.id, ours: sc(ours), fb: sc(fb), lo: ours.length, lf: fb.length});
}
fs.writeFileSync("/tmp/bodyrows.json", JSON.stringify(rows));
