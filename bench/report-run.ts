// `npm run bench:report`: the report benchmark alone.
import { benchReport } from "./report.js";

await benchReport();
