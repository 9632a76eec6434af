// A child process for the crash test: adds many articles to the archive at argv[2] in one
// transaction, printing "adding" just before and "done" after, so the test can kill it mid-write.
import { openArchive } from "../../dist/src/archive/open.js";
import { compressText } from "../../dist/src/archive/record.js";

const [url, count, keysPer] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
const archive = await openArchive(url);
const records = Array.from({ length: count }, (_, i) => {
  const text = `Bericht ${i}: Der Kreistag beriet am Donnerstag über den Haushalt ${i % 97} und die Schulen im Bezirk ${i % 13}.`;
  return {
    id: `crash-${String(i).padStart(6, "0")}`,
    source: "Kreisbote", url: null, title: `Haushalt ${i}`, published: "2026-11-24", language: "de", credits: [],
    contentHash: `hash-${i}`,
    hashes: Uint32Array.from({ length: keysPer }, (_, k) => (i * 7919 + k * 104729) >>> 0),
    quoteKeys: Uint32Array.of(i),
    text: compressText(text),
  };
});
process.stdout.write("adding\n");
await archive.add(records, "2026-11-25");
process.stdout.write("done\n");
await archive.close();
