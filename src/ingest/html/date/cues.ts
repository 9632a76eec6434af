// Dates announced in running text: "Veröffentlicht am 15.08.2025", "Stand: 23.11.2024,
// 14:35 Uhr", "Published on Aug 15, 2025", "Aktualisiert: …".
import { findDatesInText } from "./parse.js";

const PUBLISHED_CUES =
  "veröffentlicht|erschienen|erstellt|publiziert|geschrieben|eingestellt|datum|stand|" +
  "first published|published|posted|created|written|dated|date|" +
  "publié|mis en ligne|publicado|pubblicato|opublikowano|data publikacji|gepubliceerd|geplaatst";
const MODIFIED_CUES =
  "zuletzt aktualisiert|aktualisiert|geändert|last updated|updated|last modified|modified|" +
  "mis à jour|actualizado|aggiornato|zaktualizowano|bijgewerkt";
const CONNECTOR = "(?:\\s+(?:am|on|at|le|em|el|il|op|vom|den|dnia))?\\s*[:\\-–|]?\\s*";

const CUE = new RegExp(`(?<!\\p{L})(?:(${MODIFIED_CUES})|(${PUBLISHED_CUES}))${CONNECTOR}`, "giu");

/** Room between cue and date for a weekday ("Donnerstag, ") or a time ("14:35 Uhr, "). */
const MAX_GAP = 16;
const LOOKAHEAD = 60;

/** Dates announced as publication dates. "Aktualisiert am …" is recognised only so that it is not read as one. */
export function cuedDates(text: string, dayFirst: boolean): string[] {
  const dates: string[] = [];
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    const end = m.index + m[0].length;
    const next = findDatesInText(text.slice(end, end + LOOKAHEAD), dayFirst)[0];
    if (!next || next.index > MAX_GAP) continue;
    if (!m[1]) dates.push(next.date);
  }
  return dates;
}
