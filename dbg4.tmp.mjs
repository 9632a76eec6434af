import fs from "fs";
import { load } from "cheerio/slim";
import { decodeHtml } from "/work/main/dist/src/ingest/html/index.js";
import { attributeTokens } from "/work/main/dist/src/ingest/html/text.js";
const golds = fs.readFileSync("/work/shared/data/web-dev/gold.jsonl","utf8").trim().split("\n").map(JSON.parse);
const norm = s => s.replace(/\s+/g," ").trim();
const ids = new Set(fs.readFileSync("/tmp/eval3.txt","utf8").split("\n").filter(l=>l.startsWith("MISS")).map(l=>l.split(" ")[1]));
const CHROME_TAGS = "script, style, noscript, template, nav, header, footer, aside, form, button, dialog, iframe, svg, canvas, select, input, textarea, object, embed, link, meta".split(", ");
const ROLES = ['[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]', '[role="dialog"]', '[role="alertdialog"]', '[role="search"]', '[role="menu"]', '[aria-hidden="true"]', '[hidden]'];
const culprits = {};
for (const g of golds.filter(g => ids.has(g.id))) {
  const html = decodeHtml(fs.readFileSync("/work/shared/data/web-dev/"+g.file));
  const $ = load(html);
  const segs = (g.with||[]).filter(s => norm($("body").text()).includes(norm(s)));
  for (const sel of [...CHROME_TAGS, ...ROLES]) {
    $(sel).each((_, el) => { const t = norm($(el).text()); for (const s of segs) if (t.includes(norm(s))) { culprits[sel] = (culprits[sel]||0)+1; } });
  }
  // token culprit
  $("[class], [id]").each((_, el) => { const tokens = attributeTokens($(el).attr("class"), $(el).attr("id")); const t = norm($(el).text());
    for (const s of segs) if (t.includes(norm(s))) for (const tk of tokens) culprits["tok:"+tk] = (culprits["tok:"+tk]||0)+1; });
}
console.log(Object.entries(culprits).sort((a,b)=>b[1]-a[1]).slice(0,60).map(([k,v])=>k+"="+v).join(" "));
