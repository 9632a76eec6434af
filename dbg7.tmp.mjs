import fs from "fs";
import { load } from "cheerio/slim";
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { decodeHtml } from "/work/main/dist/src/ingest/html/index.js";
import { removeChrome } from "/work/main/dist/src/ingest/html/clean.js";
import { paragraphsOf } from "/work/main/dist/src/ingest/html/paragraphs.js";
const golds = fs.readFileSync("/work/shared/data/web-dev/gold.jsonl","utf8").trim().split("\n").map(JSON.parse);
const norm = s => s.replace(/\s+/g," ").trim();
const ids = new Set(fs.readFileSync(process.argv[2],"utf8").split("\n").filter(l=>l.startsWith("MISS")).map(l=>l.split(" ")[1]));
const pos = {};
for (const g of golds.filter(g => ids.has(g.id))) {
  const html = decodeHtml(fs.readFileSync("/work/shared/data/web-dev/"+g.file));
  const $ = load(html); removeChrome($);
  const all = paragraphsOf($("body").toArray());
  const r2 = new Readability(parseHTML("<html><body>"+$("body").html()+"</body></html>").document, {charThreshold:250}).parse();
  const paras = r2 ? paragraphsOf(load(r2.content).root().toArray()) : [];
  const rt = norm(paras.map(p=>p.text).join(" "));
  const firstR = paras[0] ? all.findIndex(p => p.text === paras[0].text) : -1;
  const lastR = paras.length ? all.findLastIndex(p => p.text === paras[paras.length-1].text) : -1;
  const h1 = all.findIndex(p => p.tag === "h1");
  for (const s of g.with||[]) {
    if (rt.includes(norm(s))) continue;
    const i = all.findIndex(p => p.text.includes(norm(s)));
    if (i < 0) continue;
    const where = firstR < 0 ? "noR" : i < firstR ? (h1>=0 && i>h1 ? "lead(after h1)" : "before") : i > lastR ? "after" : "inside";
    pos[where] = (pos[where]||0)+1;
    if (process.env.V===where) console.log(g.id, where, i, firstR, h1, JSON.stringify(all[i]).slice(0,150));
  }
}
console.log(pos);
