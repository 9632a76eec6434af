// Calendar validation: a date is only trusted when it exists and falls inside the
// window in which web articles can have been published.

/** The web before 1995 held next to no dated news pages; earlier years are almost always history text. */
const EARLIEST_PLAUSIBLE = "1995-01-01";

/** Two-digit years are read in the window the web can publish in: 95–99 → 1990s, else 2000s. */
export function expandYear(year: number): number {
  if (year >= 100) return year;
  return year >= 95 ? 1900 + year : 2000 + year;
}

export function isPlausible(isoDate: string, today: string): boolean {
  return isoDate >= EARLIEST_PLAUSIBLE && isoDate <= today;
}
