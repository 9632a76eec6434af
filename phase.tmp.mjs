import fs from "fs";
import { load } from "cheerio/slim";
import { decodeHtml } from "/work/main/dist/src/ingest/html/index.js";
import { parsePage } from "/work/main/dist/src/ingest/html/page.js";
import { extractMetadata } from "/work/main/dist/src/ingest/html/metadata.js";
import { publishedDate } from "/work/main/dist/src/ingest/html/date/cascade.js";
import { removeChrome } from "/work/main/dist/src/ingest/html/clean.js";
import { extractBody, readabilityContent } from "/work/main/dist/src/ingest/html/body.js";
import { paragraphsOf } from "/work/main/dist/src/ingest/html/paragraphs.js";
const dir="/work/shared/data/web-dev/pages/";
const pages = fs.readdirSync(dir).map(f=>decodeHtml(fs.readFileSync(dir+f)));
const T={}; const t=(k,f)=>{const s=performance.now(); const r=f(); T[k]=(T[k]||0)+performance.now()-s; return r;};
for (const html of pages) {
  const page = t("parse", ()=>parsePage(html));
  const md = t("meta", ()=>extractMetadata(page, null));
  const text = t("pagetext", ()=>paragraphsOf(page.$("body").toArray()).map(p=>p.text).join("\n"));
  t("date", ()=>publishedDate({page, text, url:null, dayFirst:true, headline: md.title, today:"2026-11-23"}));
  t("clean", ()=>removeChrome(page.$));
  const body = page.$("body");
  const h = t("serialize", ()=>`<!DOCTYPE html><html><body>${body.html() ?? ""}</body></html>`);
  t("readability", ()=>readabilityContent(h));
}
console.log(Object.fromEntries(Object.entries(T).map(([k,v])=>[k,(v/1000).toFixed(2)])));
const T2={}; const t2=(k,f)=>{const s=performance.now(); const r=f(); T2[k]=(T2[k]||0)+performance.now()-s; return r;};
let slow=[];
for (const [i,html] of pages.entries()) {
  const page = parsePage(html); removeChrome(page.$);
  const s=performance.now(); t2("body", ()=>extractBody(page.$)); const d=performance.now()-s; slow.push([d,i,html.length]);
}
console.log(T2, slow.sort((a,b)=>b[0]-a[0]).slice(0,8));
