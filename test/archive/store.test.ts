// The archive store, the same suite on both backends: round trip, idempotent re-adding, new
// versions, candidates from the key index, read-only use, pruning, export, concurrent writers.
import { describe, expect, it } from "vitest";
import { DEFAULT_CANDIDATE_OPTIONS } from "../../src/archive/candidates.js";
import { postingKeys } from "../../src/archive/keys.js";
import { openArchive } from "../../src/archive/open.js";
import { decompressText } from "../../src/archive/record.js";
import { ArchiveError, type Archive, type CandidateQuery } from "../../src/archive/types.js";
import { backends } from "./backends.js";
import { quoteKeys, record, shingleKeys } from "./records.js";

const BAHN =
  "Die Deutsche Bahn erhöht zum Fahrplanwechsel im Dezember die Preise im Fernverkehr um durchschnittlich 4,9 Prozent. " +
  "„Wir investieren so viel wie nie zuvor in das Netz“, sagte ein Konzernsprecher am Dienstag in Berlin. " +
  "Der Fahrgastverband Pro Bahn kritisierte die Erhöhung als falsches Signal für die Verkehrswende.";
const HARBOUR =
  "The port authority approved a plan on Monday to deepen the harbour channel by two metres, allowing larger container ships to dock. " +
  '"This keeps the port competitive for the next thirty years," the authority\'s chair said. ' +
  "Environmental groups said they would challenge the dredging permit in court.";
const ORCHESTRA =
  "Das städtische Orchester eröffnet die Saison mit einem Konzert unter freiem Himmel auf dem Marktplatz. " +
  "Der Eintritt ist frei, bei Regen wird das Konzert in die Stadthalle verlegt.";

const drafts = [
  { id: "bahn-preise", text: BAHN, title: "Bahn erhöht Preise", source: "Tagesblatt", published: "2026-11-20" },
  { id: "harbour", text: HARBOUR, title: "Harbour deepening approved", source: "Coast Herald", published: "2026-10-02", language: "en" },
  { id: "orchester", text: ORCHESTRA, title: null as unknown as string, source: "Stadtanzeiger", published: null },
];

const query = (text: string): CandidateQuery => ({ hashes: shingleKeys(text), quoteKeys: quoteKeys(text) });

async function withArchive<T>(url: string, fn: (a: Archive) => Promise<T>, readonly = false): Promise<T> {
  const archive = await openArchive(url, { readonly });
  try {
    return await fn(archive);
  } finally {
    await archive.close();
  }
}

for (const { backend, skip } of backends) {
  describe.skipIf(skip)(`archive store on ${backend.name}`, () => {
    it("keeps what it is given: metadata, credits, keys and the text, compressed", async () => {
      const url = await backend.fresh();
      const records = drafts.map(record);
      const results = await withArchive(url, (a) => a.add(records, "2026-11-25"));
      expect(results.map((r) => r.status)).toEqual(["new", "new", "new"]);
      await withArchive(url, async (a) => {
        const [bahn, orchester] = await a.load(["bahn-preise", "orchester"]);
        expect(bahn).toMatchObject({ id: "bahn-preise", version: 1, source: "Tagesblatt", title: "Bahn erhöht Preise", published: "2026-11-20", language: "de", credits: ["dpa"], added: "2026-11-25" });
        expect(bahn!.url).toBe("https://example.org/bahn-preise");
        expect(decompressText(bahn!.text)).toBe(BAHN);
        expect(bahn!.text.length).toBeLessThan(Buffer.byteLength(BAHN));
        expect([...bahn!.hashes]).toEqual([...records[0]!.hashes]);
        expect([...bahn!.quoteKeys]).toEqual([...records[0]!.quoteKeys]);
        expect(orchester).toMatchObject({ id: "orchester", published: null, title: null });
        const stats = await a.stats();
        const postings = records.reduce((n, r) => n + postingKeys(r.hashes, r.quoteKeys).length, 0);
        expect(stats).toEqual({ schemaVersion: 1, articles: 3, versions: 3, postings, oldest: "2026-10-02", newest: "2026-11-25" });
      });
    });

    it("changes nothing when the same articles come again", async () => {
      const url = await backend.fresh();
      await withArchive(url, (a) => a.add(drafts.map(record), "2026-11-25"));
      const before = await withArchive(url, (a) => a.stats());
      const again = await withArchive(url, (a) => a.add(drafts.map(record), "2026-11-26"));
      expect(again.map((r) => [r.status, r.version])).toEqual([["unchanged", 1], ["unchanged", 1], ["unchanged", 1]]);
      await withArchive(url, async (a) => {
        expect(await a.stats()).toEqual(before);
        expect((await a.load(["harbour"]))[0]!.added).toBe("2026-11-25");
      });
    });

    it("stores changed content under the same id as a new version that replaces the old in the index", async () => {
      const url = await backend.fresh();
      await withArchive(url, (a) => a.add(drafts.map(record), "2026-11-25"));
      const corrected = { ...drafts[1]!, text: "Correction: the channel will be deepened by three metres, not two. Shipping lines welcomed the decision on Tuesday." };
      const results = await withArchive(url, (a) => a.add([record(corrected)], "2026-11-26"));
      expect(results).toEqual([{ id: "harbour", status: "version", version: 2 }]);
      await withArchive(url, async (a) => {
        const [harbour] = await a.load(["harbour"]);
        expect(harbour!.version).toBe(2);
        expect(decompressText(harbour!.text)).toBe(corrected.text);
        expect(await a.stats()).toMatchObject({ articles: 3, versions: 4 });
        // The old wording no longer leads to the article; the new one does.
        expect(await a.candidates([query(HARBOUR)], DEFAULT_CANDIDATE_OPTIONS)).toEqual([]);
        expect((await a.candidates([query(corrected.text)], DEFAULT_CANDIDATE_OPTIONS)).map((c) => c.id)).toEqual(["harbour"]);
      });
    });

    it("finds candidates through the key index: shared wording, a shared quotation, nothing for unrelated text", async () => {
      const url = await backend.fresh();
      await withArchive(url, (a) => a.add(drafts.map(record), "2026-11-25"));
      const rewrite = "Wie der Konzern mitteilte, erhöht die Deutsche Bahn zum Fahrplanwechsel im Dezember die Preise im Fernverkehr deutlich.";
      const quoted = "The chair defended the plan: \"This keeps the port competitive for the next thirty years.\"";
      const unrelated = "Der Stadtrat vertagte die Entscheidung über den Neubau des Hallenbads auf den kommenden Monat.";
      const found = await withArchive(url, (a) => a.candidates([query(rewrite), query(quoted), query(unrelated)], DEFAULT_CANDIDATE_OPTIONS));
      expect(found.map((c) => [c.query, c.id])).toEqual([[0, "bahn-preise"], [1, "harbour"]]);
      expect(found[0]!.sharedHashes).toBeGreaterThanOrEqual(3);
      expect(found[1]!.sharedQuotes).toBe(7); // this, keeps, port, competitive, next, thirty, years
    });

    it("passes over keys that too many archived articles share, and ranks the rest", async () => {
      const url = await backend.fresh();
      const disclaimer = "Dieser Artikel darf ohne Genehmigung der Redaktion nicht weiterverbreitet werden.";
      const many = ["eins", "zwei", "drei"].map((n) => record({ id: `meldung-${n}`, text: `Meldung ${n} über den Haushalt der Gemeinde. ${disclaimer}` }));
      await withArchive(url, (a) => a.add(many, "2026-11-25"));
      const options = { ...DEFAULT_CANDIDATE_OPTIONS, maxKeyArticles: 2 };
      expect(await withArchive(url, (a) => a.candidates([query(disclaimer)], options))).toEqual([]);
      const capped = await withArchive(url, (a) => a.candidates([query(disclaimer)], { ...DEFAULT_CANDIDATE_OPTIONS, maxPerArticle: 2 }));
      expect(capped.map((c) => c.id)).toEqual(["meldung-drei", "meldung-eins"]);
    });

    it("compares read-only without adding, and refuses writes", async () => {
      const url = await backend.fresh();
      await withArchive(url, (a) => a.add(drafts.slice(0, 2).map(record), "2026-11-25"));
      await withArchive(
        url,
        async (a) => {
          expect(a.readonly).toBe(true);
          expect((await a.candidates([query(BAHN)], DEFAULT_CANDIDATE_OPTIONS)).map((c) => c.id)).toEqual(["bahn-preise"]);
          expect([...(await a.lookup(["harbour", "orchester"])).keys()]).toEqual(["harbour"]);
          await expect(a.add([record(drafts[2]!)], "2026-11-26")).rejects.toThrow(ArchiveError);
          expect((await a.stats()).articles).toBe(2);
        },
        true,
      );
    });

    it("prunes articles published before a date, undated ones by the day they were added", async () => {
      const url = await backend.fresh();
      await withArchive(url, (a) => a.add(drafts.map(record), "2026-11-01"));
      expect(await withArchive(url, (a) => a.prune("2026-11-10"))).toBe(2);
      await withArchive(url, async (a) => {
        const ids: string[] = [];
        for await (const r of a.export()) ids.push(r.id);
        expect(ids).toEqual(["bahn-preise"]);
        const stats = await a.stats();
        expect(stats.postings).toBe(postingKeys(shingleKeys(BAHN), quoteKeys(BAHN)).length);
        expect(await a.candidates([query(HARBOUR)], DEFAULT_CANDIDATE_OPTIONS)).toEqual([]);
      });
    });

    it("exports every current article in id order, page after page", async () => {
      const url = await backend.fresh();
      const many = Array.from({ length: 1203 }, (_, i) => record({ id: `m${String(i).padStart(4, "0")}`, text: `Kurzmeldung Nummer ${i} aus dem Landkreis.` }));
      await withArchive(url, (a) => a.add(many, "2026-11-25"));
      const ids: string[] = [];
      await withArchive(url, async (a) => {
        for await (const r of a.export()) ids.push(r.id);
      });
      expect(ids).toEqual(many.map((r) => r.id));
    });

    it("lets two runs add at once: both succeed and nothing is lost", async () => {
      const url = await backend.fresh();
      await withArchive(url, (a) => a.stats()); // created once, as the first run would
      const batch = (tag: string) => Array.from({ length: 300 }, (_, i) => record({ id: `${tag}-${i}`, text: `${tag} Bericht ${i}: Der Ausschuss tagte am Mittwoch.` }));
      const [one, two] = await Promise.all([openArchive(url), openArchive(url)]);
      try {
        const results = await Promise.all([one!.add(batch("a"), "2026-11-25"), two!.add(batch("b"), "2026-11-25")]);
        expect(results.flat().every((r) => r.status === "new")).toBe(true);
      } finally {
        await Promise.all([one!.close(), two!.close()]);
      }
      expect((await withArchive(url, (a) => a.stats())).articles).toBe(600);
    });
  });
}
