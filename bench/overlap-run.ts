// `node dist/bench/overlap-run.js`: the overlap benchmark alone.
import { benchOverlap } from "./overlap.js";

benchOverlap();
