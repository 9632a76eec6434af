// `npm run bench`: every benchmark, one after the other, in this process.
import { benchArticles } from "./articles.js";
import { benchOverlap } from "./overlap.js";
import { benchAttribution } from "./attribution.js";
import { benchReport } from "./report.js";
import { benchWebExtract } from "./web-extract.js";

benchArticles();
benchAttribution();
benchWebExtract();
benchOverlap();
await benchReport();
