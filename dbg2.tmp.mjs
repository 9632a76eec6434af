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
for (const g of golds.filter(g => process.argv.slice(2).includes(g.id))) {
  const html = decodeHtml(fs.readFileSync("/work/shared/data/web-dev/"+g.file));
  const r1 = new Readability(parseHTML(html).document).parse();
  const $ = load(html); removeChrome($);
  const r2 = new Readability(parseHTML("<html><body>"+$("body").html()+"</body></html>").document, {charThreshold:250}).parse();
  const paras = r2 ? paragraphsOf(load(r2.content).root().toArray()) : [];
  const t3 = norm(paras.map(p=>p.text).join(" ")); const t4 = norm(paras.filter(p=>!isChromeParagraph(p)).map(p=>p.text).join(" "));
  console.log(g.id, "rawRead", r1?.textContent.length, "cleanRead", r2?.textContent.length);
  for (const s of g.with||[]) console.log("  ", norm(r1?.textContent||"").includes(norm(s))?"R1":"--", norm(r2?.textContent||"").includes(norm(s))?"R2":"--", t3.includes(norm(s))?"P":"-", t4.includes(norm(s))?"C":"-", s.slice(0,50));
  if (process.env.SHOW) for (const p of paras) console.log("   |", isChromeParagraph(p)?"X":" ", p.tag, p.text.slice(0,100));
}
