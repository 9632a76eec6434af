import fs from "fs";
import { load } from "cheerio/slim";
import { decodeHtml } from "/work/main/dist/src/ingest/html/index.js";
import { attributeTokens } from "/work/main/dist/src/ingest/html/text.js";
const golds = fs.readFileSync("/work/shared/data/web-dev/gold.jsonl","utf8").trim().split("\n").map(JSON.parse);
const norm = s => s.replace(/\s+/g," ").trim();
const ids = new Set(fs.readFileSync(process.argv[2],"utf8").split("\n").filter(l=>l.startsWith(process.argv[3]||"MISS")).map(l=>l.split(" ")[1]));
const CHROME_TAGS = "script, style, noscript, template, nav, header, footer, aside, form, button, dialog, iframe, svg, canvas, select, input, textarea, object, embed, link, meta".split(", ");
const ROLES = ['[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]', '[role="dialog"]', '[role="alertdialog"]', '[role="search"]', '[role="menu"]', '[aria-hidden="true"]', '[hidden]'];
const culprits = {};
for (const g of golds.filter(g => ids.has(g.id))) {
  const html = decodeHtml(fs.readFileSync("/work/shared/data/web-dev/"+g.file));
  const $ = load(html);
  const key = process.argv[3]==="XTRA" ? "without" : "with";
  let segs = (g[key]||[]).filter(s => norm($("body").text()).includes(norm(s)));
  const check = (label) => { const t = norm($("body").text()); const lost = segs.filter(s => !t.includes(norm(s))); if (lost.length) { culprits[label] = (culprits[label]||0)+lost.length; if (process.env.V) console.log(g.id, label, lost[0].slice(0,50)); } segs = segs.filter(s => t.includes(norm(s))); };
  for (const sel of [...CHROME_TAGS, ...ROLES]) { $(sel).remove(); check(sel); }
  const total = $("p").text().length || 1;
  $("[class], [id]").each((_, el) => { const tokens = attributeTokens($(el).attr("class"), $(el).attr("id"));
    const CH = process.env.CH.split(","); const AR = ["article","content","main","story","entry","post","body","text"];
    if (tokens.some(t=>AR.includes(t))) return; const hit = tokens.find(t => CH.includes(t)); if (!hit) return;
    if ($(el).find("p").text().length > total*0.5) return; $(el).remove(); check("tok:"+hit); });
}
console.log(Object.entries(culprits).sort((a,b)=>b[1]-a[1]).map(([k,v])=>k+"="+v).join(" "));
