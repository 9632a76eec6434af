// Dates announced in running text: "Veröffentlicht am 15.08.2025", "Stand: 23.11.2024,
// 14:35 Uhr", "Published on Aug 15, 2025", the cue after the date ("am 24. Juli 2017
// veröffentlicht"), and the label in an element of its own ("Mise en ligne" / the date).
import { findPrintedDates } from "./parse.js";

const PUBLISHED_CUES =
  "veröffentlicht|erschienen|erstellt|publiziert|geschrieben|eingestellt|datum|stand|" +
  "first published|published|posted|created|written|dated|date|" +
  "publié|mise? en ligne|publicado|pubblicato|opublikowano|data publikacji|gepubliceerd|geplaatst|fecha";
/**
 * Dates that are not the publication's: revisions, and in forums and comment threads the
 * day a member signed up or the page was printed ("Registriert: …", "Aktuelle Zeit: …").
 * Recognised only so that they are not read as publication dates.
 */
const OTHER_CUES =
  "zuletzt aktualisiert|aktualisiert|geändert|zuletzt bearbeitet|last updated|updated|last modified|modified|last edited|edited|" +
  "mis à jour|actualizado|aggiornato|zaktualizowano|bijgewerkt|" +
  "registriert(?:\\s+seit)?|mitglied seit|dabei seit|aktuelle zeit|joined|member since|registered|current time|inscrit le";
const CONNECTOR = "(?:\\s+(?:am|on|at|le|em|el|il|op|vom|den|dnia))?\\s*[:\\-–|]?\\s*";

/** A cue is a whole word: "date" is not the start of "Datensatz". */
const CUE = new RegExp(`(?<!\\p{L})(?:(${OTHER_CUES})|(${PUBLISHED_CUES}))(?!\\p{L})${CONNECTOR}`, "giu");
/** A cue right after the date, past an optional time: "am 24. Juli 2017 um 10:15 Uhr veröffentlicht". */
const TRAILING_CUE = new RegExp(`^(?:,?\\s*(?:um\\s+|at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*(?:uhr|h|am|pm))?)?\\s+(?:${PUBLISHED_CUES})(?!\\p{L})`, "iu");

/** "Registriert: ", "Aktualisiert am ": a cue right before a date that makes it another date than the publication's. */
const OTHER_CUE_BEFORE = new RegExp(`(?<!\\p{L})(?:${OTHER_CUES})${CONNECTOR}$`, "iu");
const CUE_ROOM = 40;

/** Is the date at `index` announced as a revision, sign-up or print time? */
export function announcedAsOther(text: string, index: number): boolean {
  return OTHER_CUE_BEFORE.test(text.slice(Math.max(0, index - CUE_ROOM), index));
}

/** Room between cue and date for a weekday ("Donnerstag, ") or a time ("14:35 Uhr, "). */
const MAX_GAP = 16;
const LOOKAHEAD = 60;
const TRAILING_LOOKAHEAD = 40;

/** Dates announced as publication dates, in order of the text. Revision and sign-up dates are passed over. */
export function cuedDates(text: string, dayFirst: boolean): string[] {
  const dates: Array<{ date: string; index: number }> = [];
  const announced = new Set<number>();
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    const end = m.index + m[0].length;
    const next = findPrintedDates(text.slice(end, end + LOOKAHEAD), dayFirst)[0];
    if (!next || next.index > MAX_GAP) continue;
    announced.add(end + next.index);
    if (!m[1]) dates.push({ date: next.date, index: end + next.index });
  }
  for (const found of findPrintedDates(text, dayFirst)) {
    if (announced.has(found.index)) continue;
    if (TRAILING_CUE.test(text.slice(found.end, found.end + TRAILING_LOOKAHEAD))) dates.push(found);
  }
  return dates.sort((a, b) => a.index - b.index).map((d) => d.date);
}
