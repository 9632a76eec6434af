import { describe, expect, it } from "vitest";
import { publishedLine } from "../../src/analyse/published-line.js";
import { findParagraphs } from "../../src/analyse/segments.js";
import { pack } from "../helpers/analyse.js";

const stated = (text: string, language: "de" | "en") => publishedLine(text, findParagraphs(text), [pack(language)]);

describe("publication date stated on a line of its own", () => {
  it("reads German publication and update lines, preferring publication", () => {
    expect(stated("Gipfel ohne Einigung\nVeröffentlicht am 15.08.2025, 14:35 Uhr\n\nDer Gipfel endete ohne Einigung.", "de")).toBe("2025-08-15");
    expect(stated("Der Gipfel endete ohne Einigung.\n\nStand: 16. August 2025, 09:12 Uhr", "de")).toBe("2025-08-16");
    expect(stated("Stand: 20.08.2025\nVeröffentlicht: Freitag, 15. August 2025\n\nText.", "de")).toBe("2025-08-15");
  });

  it("reads English publication lines", () => {
    expect(stated("Summit ends without a deal\nPublished August 15, 2025 at 3:00 p.m.\n\nThe summit ended.", "en")).toBe("2025-08-15");
    expect(stated("The summit ended.\n\nUpdated: 16 August 2025", "en")).toBe("2025-08-16");
  });

  it("never takes an event date from running text, nor a date without a year", () => {
    expect(stated("Der russische Präsident versicherte am Freitag 15.08.2025, dass er hofft.", "de")).toBeNull();
    expect(stated("Veröffentlicht am 15. August\n\nText.", "de")).toBeNull();
    expect(stated("The report was published on August 15, 2025 by the ministry, which had long delayed it.", "en")).toBeNull();
  });

  it("reads the date of a dateline that opens the story, under a headline too", () => {
    expect(stated("Feuer in Lagerhalle\n\nBerlin, 3. März 2026 – In einer Lagerhalle ist ein Feuer ausgebrochen.", "de")).toBe("2026-03-03");
    expect(stated("Frankfurt am Main, 03.03.2026 (dpa) - Die Börse schloss fester.", "de")).toBe("2026-03-03");
    expect(stated("WASHINGTON, March 3, 2026 (Reuters) — The Senate passed the bill on Tuesday.", "en")).toBe("2026-03-03");
  });

  it("takes no date from a place and date that open a sentence, nor from a dateline without a year", () => {
    expect(stated("Berlin, 3. März 2026 war ein kalter Tag in der Stadt.", "de")).toBeNull();
    expect(stated("Berlin, 3. März – Der Senat tagte bis in die Nacht.", "de")).toBeNull();
    expect(stated("The vote, March 3, 2026 — a Tuesday — ended the dispute.", "en")).toBeNull();
  });
});
