import fs from "fs";
import { decodeHtml, extractHtml } from "/work/main/dist/src/ingest/html/index.js";
const golds = fs.readFileSync("/work/shared/data/web-dev/gold.jsonl","utf8").trim().split("\n").map(JSON.parse).filter(g=>g.with);
const norm = s => s.replace(/\s+/g," ").trim();
const hist = {fp:{}, tp:{}};
for (const g of golds) {
  const html = decodeHtml(fs.readFileSync("/work/shared/data/web-dev/"+g.file));
  const paras = extractHtml(html, {url:g.url, today:"2026-11-23"}).text.split("\n\n");
  const locate = s => paras.findIndex(p => p.includes(norm(s)));
  for (const [k, list] of [["fp", g.without||[]], ["tp", g.with]]) for (const s of list) {
    const i = locate(s); if (i < 0) continue;
    const fromEnd = paras.length - 1 - i; const p = paras[i];
    const bucket = `${i===0?"first":fromEnd===0?"last":fromEnd<3?"tail<3":"mid"} len${p.length<50?"<50":p.length<120?"<120":"+"}`;
    hist[k][bucket] = (hist[k][bucket]||0)+1;
    if (process.env.V && k==="fp" && bucket.startsWith(process.env.V)) console.log(g.id, JSON.stringify(p.slice(0,120)));
  }
}
console.log(hist);
