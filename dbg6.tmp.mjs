import fs from "fs";
import { load } from "cheerio/slim";
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { decodeHtml } from "/work/main/dist/src/ingest/html/index.js";
import { removeChrome } from "/work/main/dist/src/ingest/html/clean.js";
import { paragraphsOf } from "/work/main/dist/src/ingest/html/paragraphs.js";
import { isChromeParagraph } from "/work/main/dist/src/ingest/html/chrome.js";
const golds = fs.readFileSync("/work/shared/data/web-dev/gold.jsonl","utf8").trim().split("\n").map(JSON.parse);
const norm = s => s.replace(/\s+/g," ").trim();
const mode = process.argv[3] || "MISS";
const ids = new Set(fs.readFileSync(process.argv[2],"utf8").split("\n").filter(l=>l.startsWith(mode)).map(l=>l.split(" ")[1]));
const stat = {};
for (const g of golds.filter(g => ids.has(g.id))) {
  const html = decodeHtml(fs.readFileSync("/work/shared/data/web-dev/"+g.file));
  const $ = load(html); removeChrome($); const cleaned = norm($("body").text());
  const r2 = new Readability(parseHTML("<html><body>"+$("body").html()+"</body></html>").document, {charThreshold:250}).parse();
  const paras = r2 ? paragraphsOf(load(r2.content).root().toArray()) : [];
  const t3 = norm(paras.map(p=>p.text).join(" ")); const t4 = norm(paras.filter(p=>!isChromeParagraph(p)).map(p=>p.text).join(" "));
  const rt = norm(r2?.textContent||"");
  for (const s of (mode==="MISS"? g.with : g.without)||[]) {
    const k = [cleaned.includes(norm(s))?"clean":"-", rt.includes(norm(s))?"R":"-", t3.includes(norm(s))?"P":"-", t4.includes(norm(s))?"C":"-"].join("");
    stat[k]=(stat[k]||0)+1;
    if (process.env.V && (process.env.V===k)) { console.log(g.id, k, s.slice(0,60)); if (process.env.SHOW) { const p = paras.find(p=>norm(p.text).includes(norm(s))); console.log("   P:", p && JSON.stringify(p)); } }
  }
}
console.log(stat);
