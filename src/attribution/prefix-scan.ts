// The large cue scans (reporting verbs, content cues, attitudes), which open with so many words that the engine
// tries every alternative at every word start: here the text is read once with a table of the three characters a
// match can begin with, and the expression is tried only where that table allows. The table is computed from the
// expression itself (refa's automaton, with every look-around taken as passed), so it only ever rules out places
// where no match can start: the matches are those of matchSpans().
import { createRequire } from "node:module";
import type { CharSet, ENFA } from "refa";
import { matchSpans } from "../spans.js";
import type { Span } from "../types.js";

/** How many characters from a match's start the table reads. */
const DEPTH = 3;
/** The class of code units the table never rules out: surrogates (what an astral character may be) and the text's end. */
const ANY = 0;
/** The table has an entry for every three classes: at most 64³ bytes (256 KiB) an expression. */
const MAX_CLASSES = 64;
const BMP = 0x10000;
const SURROGATES = { start: 0xd800, end: 0xe000 };

interface PrefixTable {
  /** Each code unit's class: code units that every set of the expression's first characters treats alike share one. */
  classOf: Uint8Array;
  classes: number;
  /** 1 for the classes of a character before a match that the expression's leading look-behind rejects. */
  blocked: Uint8Array;
  /** 1 where a match may begin with the three classes (first × classes² + second × classes + third). */
  starts: Uint8Array;
  /** The expression, sticky: tried where the table allows. */
  at: RegExp;
}

const tables = new WeakMap<RegExp, PrefixTable | null>();

/** refa, loaded where a table is first built: it holds about 8 MB a thread, and a thread that reads no article needs none. */
let refa: typeof import("refa") | undefined;
const loadRefa = () => (refa ??= createRequire(import.meta.url)("refa") as typeof import("refa"));

/** matchSpans() of a global expression, tried only where a match may begin (everywhere, if no table can be built). */
export function prefixMatches(pattern: RegExp | null, text: string): Span[] {
  if (!pattern) return [];
  let table = tables.get(pattern);
  if (table === undefined) tables.set(pattern, (table = prefixTable(pattern)));
  if (!table) return matchSpans(pattern, text);
  const { classOf, classes, blocked, starts, at } = table;
  const out: Span[] = [];
  const n = text.length;
  const classAt = (i: number) => (i < n ? classOf[text.charCodeAt(i)]! : ANY);
  let before = ANY;
  let first = classAt(0);
  let second = classAt(1);
  for (let i = 0; i < n; i++) {
    const third = classAt(i + 2);
    if (blocked[before] === 0 && starts[(first * classes + second) * classes + third] === 1) {
      at.lastIndex = i;
      const m = at.exec(text);
      if (m) {
        // A sticky `u` expression set inside a surrogate pair steps back to its start.
        out.push({ start: m.index, end: m.index + m[0].length });
        i = m.index + m[0].length - 1;
        before = classAt(i);
        first = classAt(i + 1);
        second = classAt(i + 2);
        continue;
      }
    }
    before = first;
    first = second;
    second = third;
  }
  return out;
}

/** The table of an expression; null (the exact scan) if it may match the empty string, or refa cannot read it or needs too many classes. */
function prefixTable(pattern: RegExp): PrefixTable | null {
  const flags = pattern.flags.replace(/[gy]/g, "");
  const { JS, ENFA } = loadRefa();
  let automaton: ENFA;
  let lookBehind: CharSet | null;
  try {
    // Look-arounds taken as passed: the automaton accepts every match, and more.
    const { expression, maxCharacter } = JS.Parser.fromLiteral({ source: pattern.source, flags }).parse({ backreferences: "throw", assertions: "ignore" });
    automaton = ENFA.fromRegex(expression, { maxCharacter }, { assertions: "ignore" });
    lookBehind = leadingLookBehind(pattern.source, flags);
  } catch {
    // A backreference or a construct refa does not know: nothing can be ruled out.
    return null;
  }
  const start = closure([automaton.initial]);
  if (start.has(automaton.final)) return null;
  const { classOf, members } = partition([...(lookBehind ? [lookBehind] : []), ...edgesNear(start)]);
  const classes = members.length;
  if (classes > MAX_CLASSES) return null;
  const blocked = new Uint8Array(classes);
  if (lookBehind) members.forEach((c, k) => (blocked[k] = k !== ANY && lookBehind.has(c) ? 1 : 0));
  return { classOf, classes, blocked, starts: startTable(automaton, start, members), at: new RegExp(pattern.source, `${flags}y`) };
}

/** "(?<![\p{L}\p{N}])" opening the expression: one class of characters no match may follow. */
const LEADING_LOOK_BEHIND = /^\(\?<!(\[[^\]]*\])\)/;
/** The two or three such classes of all vocabularies, parsed once. */
const lookBehinds = new Map<string, CharSet | null>();

function leadingLookBehind(source: string, flags: string): CharSet | null {
  const text = LEADING_LOOK_BEHIND.exec(source)?.[1];
  if (!text) return null;
  const key = `${flags} ${text}`;
  if (!lookBehinds.has(key)) {
    const element = loadRefa().JS.Parser.fromLiteral({ source: text, flags }).parse().expression.alternatives[0]?.elements[0];
    lookBehinds.set(key, element?.type === "CharacterClass" ? element.characters : null);
  }
  return lookBehinds.get(key)!;
}

/** The states reached from these without reading a character. */
function closure(states: Iterable<ENFA.Node>): Set<ENFA.Node> {
  const reached = new Set(states);
  for (const state of reached) for (const [to, via] of state.out) if (via === null) reached.add(to);
  return reached;
}

/** The states reached from these by reading `c`. */
function step(states: ReadonlySet<ENFA.Node>, c: number): Set<ENFA.Node> {
  const next: ENFA.Node[] = [];
  for (const state of states) for (const [to, via] of state.out) if (via?.has(c)) next.push(to);
  return closure(next);
}

/** The distinct character sets read within DEPTH characters of the start. */
function edgesNear(start: Set<ENFA.Node>): CharSet[] {
  const sets = new Map<string, CharSet>();
  let layer = start;
  for (let depth = 0; depth < DEPTH; depth++) {
    const next: ENFA.Node[] = [];
    for (const state of layer) for (const [to, via] of state.out) if (via) sets.set(via.toRangesString(), via), next.push(to);
    layer = closure(next);
  }
  return [...sets.values()];
}

/**
 * Code units of the basic plane grouped by which of the sets hold them: each group a class, named by one of its
 * members. Surrogates are ANY (class 0, member -1): the table never rules them out.
 */
function partition(sets: readonly CharSet[]): { classOf: Uint8Array; members: number[] } {
  const bounds = new Set([0, SURROGATES.start, SURROGATES.end, BMP]);
  for (const set of sets) for (const { min, max } of set.ranges) for (const bound of [min, max + 1]) if (bound < BMP) bounds.add(bound);
  const sorted = [...bounds].sort((a, b) => a - b);
  const classOf = new Uint8Array(BMP);
  const members = [-1];
  const bySignature = new Map<string, number>();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [from, to] = [sorted[i]!, sorted[i + 1]!];
    if (from >= SURROGATES.start && from < SURROGATES.end) continue;
    const signature = sets.map((set) => (set.has(from) ? "1" : "0")).join("");
    let k = bySignature.get(signature);
    if (k === undefined) bySignature.set(signature, (k = members.push(from) - 1));
    // Past MAX_CLASSES no table is built (the caller checks the count).
    classOf.fill(Math.min(k, MAX_CLASSES), from, to);
  }
  return { classOf, members };
}

/** For every three classes: may a match begin with them? ANY (a surrogate, the text's end) allows anything after it. */
function startTable(automaton: ENFA, start: Set<ENFA.Node>, members: readonly number[]): Uint8Array {
  const classes = members.length;
  const starts = new Uint8Array(classes ** DEPTH);
  const fill = (prefix: number, depth: number, states: ReadonlySet<ENFA.Node>): void => {
    const width = classes ** (DEPTH - depth - 1);
    for (let k = 0; k < classes; k++) {
      const at = (prefix * classes + k) * width;
      if (k === ANY) {
        starts.fill(1, at, at + width);
        continue;
      }
      const next = step(states, members[k]!);
      if (!next.size) continue;
      // A match as short as this prefix may end anywhere after it.
      if (depth + 1 === DEPTH || next.has(automaton.final)) starts.fill(1, at, at + width);
      else fill(prefix * classes + k, depth + 1, next);
    }
  };
  fill(0, 0, start);
  return starts;
}
