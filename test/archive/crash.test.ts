// A run killed (SIGKILL) in the middle of adding a large batch leaves the archive as it was
// before that run: transactions are whole or absent, the index matches the articles.
import { spawn } from "node:child_process";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { postingKeys } from "../../src/archive/keys.js";
import { openArchive } from "../../src/archive/open.js";
import { backends } from "./backends.js";
import { record } from "./records.js";

const writer = join(import.meta.dirname, "writer.mjs");

/** Starts the writer and kills it `delayMs` after it began its transaction; true if it had finished first. */
function killMidWrite(url: string, delayMs: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, url, "6000", "300"], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("adding")) setTimeout(() => child.kill("SIGKILL"), delayMs);
    });
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("error", reject);
    child.on("exit", (_code, signal) => (signal === "SIGKILL" || out.includes("done") ? resolve(out.includes("done")) : reject(new Error(`writer failed: ${err}`))));
  });
}

for (const { backend, skip } of backends) {
  describe.skipIf(skip)(`archive on ${backend.name} killed during a write`, () => {
    it("keeps the earlier articles, none of the killed batch, and an index that matches", async () => {
      const url = await backend.fresh();
      const earlier = [
        record({ id: "rathaus", text: "Der Gemeinderat hat am Montag den Bau eines neuen Rathauses beschlossen. Die Kosten liegen bei zwölf Millionen Euro." }),
        record({ id: "bridge", text: "The county closed the old river bridge on Friday after inspectors found cracks in two of its supports.", language: "en" }),
      ];
      const seed = await openArchive(url);
      await seed.add(earlier, "2026-11-20");
      await seed.close();

      const finished = await killMidWrite(url, 400);
      expect(finished).toBe(false);

      const archive = await openArchive(url);
      try {
        const stats = await archive.stats();
        expect(stats.articles).toBe(2);
        let postings = 0;
        for await (const r of archive.export()) postings += postingKeys(r.hashes, r.quoteKeys).length;
        expect(stats.postings).toBe(postings);
        // And the archive takes new articles again.
        expect((await archive.add([record({ id: "nachtrag", text: "Nachtrag: Der Bau beginnt im Frühjahr, teilte die Verwaltung mit." })], "2026-11-26"))[0]!.status).toBe("new");
      } finally {
        await archive.close();
      }
      if (backend.name === "sqlite") {
        const db = new Database(url, { readonly: true });
        expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
        db.close();
      }
    });
  });
}
