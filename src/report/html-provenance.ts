// The provenance graph: who copied whom across the corpus. Laid out here, at report time, by
// dagre (layered graph drawing); the page gets plain SVG that needs no script and no network.
import dagre from "@dagrejs/dagre";
import type { AuditReport, Grade } from "../types.js";
import type { Anchors } from "./html-articles.js";
import { escapeMarkup as esc } from "./markup.js";

/** Layered layout grows worse than linearly; beyond this many articles the largest clusters are drawn. */
export const MAX_GRAPH_NODES = 150;
const NODE_WIDTH = 150;
const NODE_HEIGHT = 34;
const FILL: Record<Grade, string> = { A: "#dafbe1", B: "#eaf5d3", C: "#fff8c5", D: "#ffe8d1", E: "#ffebe9", F: "#ffcecb" };

interface Edge {
  from: string;
  to: string;
  /** False when the overlap could not tell which article came first. */
  directed: boolean;
}

export function provenanceGraph(report: AuditReport, anchors: Anchors): string {
  const edges: Edge[] = report.overlaps.map((o) =>
    o.origin === null ? { from: o.a, to: o.b, directed: false } : { from: o.origin, to: o.origin === o.a ? o.b : o.a, directed: true },
  );
  const { clusters, dropped } = largestClusters(edges, MAX_GRAPH_NODES);
  const placed = pack(clusters.map((members) => layoutCluster(members, edges)));
  const grades = new Map(report.articles.map((a) => [a.id, a.grade]));
  const archived = new Set((report.archived ?? []).map((a) => a.id));
  const edgeSvg = placed.flatMap((c) =>
    c.edges.map(({ edge: e, points }) => {
      const shifted = points.map((p) => ({ x: p.x + c.dx, y: p.y + c.dy }));
      const d = shifted.map((p, j) => `${j === 0 ? "M" : "L"}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ");
      const head = e.directed && shifted.length >= 2 ? arrowHead(shifted[shifted.length - 2]!, shifted[shifted.length - 1]!) : "";
      const title = e.directed ? `${e.to} shares text with its origin ${e.from}` : `${e.from} and ${e.to} share text; which came first is undetermined`;
      return `<g><path d="${d}" class="${e.directed ? "copied" : "undirected"}"/>${head}<title>${esc(title)}</title></g>`;
    }),
  );
  const nodeSvg = placed.flatMap((c) =>
    [...c.nodes.entries()].map(([id, at]) => {
      const x = at.x + c.dx;
      const y = at.y + c.dy;
      const grade = grades.get(id);
      const label = id.length > 20 ? `${id.slice(0, 19)}…` : id;
      const note = archived.has(id) ? " (archived)" : grade ? ` (grade ${grade})` : "";
      const box =
        `<rect x="${(x - NODE_WIDTH / 2).toFixed(1)}" y="${(y - NODE_HEIGHT / 2).toFixed(1)}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="6" fill="${grade ? FILL[grade] : "#f6f8fa"}"${archived.has(id) ? ` class="archived"` : ""}/>` +
        `<text x="${x.toFixed(1)}" y="${(y + 4).toFixed(1)}" text-anchor="middle">${esc(label)}</text>`;
      const anchor = anchors.get(id);
      const inner = `<title>${esc(id + note)}</title>${box}`;
      return anchor ? `<a href="#${anchor}" class="node">${inner}</a>` : `<g class="node">${inner}</g>`;
    }),
  );
  const width = Math.ceil(Math.max(0, ...placed.map((c) => c.dx + c.width)));
  const height = Math.ceil(Math.max(0, ...placed.map((c) => c.dy + c.height)));
  const shown = placed.reduce((sum, c) => sum + c.nodes.size, 0);
  const note = dropped > 0 ? `<p class="muted">The graph shows the largest clusters (${shown} articles); ${dropped} more articles with overlaps are listed under Overlaps.</p>` : "";
  return [
    `<p class="muted">An arrow runs from the article judged original to the one that shares its text; a dashed line joins pairs whose order cannot be told. Select an article to go to it.</p>`,
    note,
    `<div class="graph scroll"><svg class="provenance" role="img" aria-label="Provenance graph of ${shown} articles" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    ...edgeSvg,
    ...nodeSvg,
    `</svg></div>`,
  ].join("\n");
}

interface Layout {
  width: number;
  height: number;
  nodes: Map<string, Point>;
  edges: Array<{ edge: Edge; points: Point[] }>;
}

/** One cluster laid out by dagre, left to right, origins first. */
function layoutCluster(members: readonly string[], edges: readonly Edge[]): Layout {
  const inside = new Set(members);
  const own = edges.filter((e) => inside.has(e.from) && inside.has(e.to));
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: "LR", nodesep: 14, ranksep: 60, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const id of [...members].sort()) g.setNode(id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  own.forEach((e, i) => g.setEdge(e.from, e.to, {}, String(i)));
  dagre.layout(g);
  const size = g.graph();
  return {
    width: size.width ?? 0,
    height: size.height ?? 0,
    nodes: new Map([...members].sort().map((id) => [id, { x: g.node(id).x, y: g.node(id).y }])),
    edges: own.map((edge, i) => ({ edge, points: (g.edge({ v: edge.from, w: edge.to, name: String(i) })?.points ?? []) as Point[] })),
  };
}

/** Clusters in rows (largest first), each row as wide as a screen, so many small clusters do not make one tall column. */
function pack(layouts: readonly Layout[]): Array<Layout & { dx: number; dy: number }> {
  const ROW_WIDTH = 1300;
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  return layouts.map((layout) => {
    if (x > 0 && x + layout.width > ROW_WIDTH) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    const placed = { ...layout, dx: x, dy: y };
    x += layout.width;
    rowHeight = Math.max(rowHeight, layout.height);
    return placed;
  });
}

interface Point {
  x: number;
  y: number;
}

/** A filled triangle at `to`, pointing along from → to (drawn, not a marker: markers need url() references). */
function arrowHead(from: Point, to: Point): string {
  const angle = Math.atan2(to.y - from.y, to.x - from.x);
  const corner = (turn: number) => `${(to.x - 9 * Math.cos(angle + turn)).toFixed(1)},${(to.y - 9 * Math.sin(angle + turn)).toFixed(1)}`;
  return `<polygon points="${to.x.toFixed(1)},${to.y.toFixed(1)} ${corner(0.4)} ${corner(-0.4)}" class="arrow"/>`;
}

/** The connected groups of articles, largest first, until `limit` articles; and how many were left out. */
function largestClusters(edges: readonly Edge[], limit: number): { clusters: string[][]; dropped: number } {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let y = x; y !== root; ) {
      const next = parent.get(y)!;
      parent.set(y, root);
      y = next;
    }
    return root;
  };
  for (const { from, to } of edges) {
    for (const id of [from, to]) if (!parent.has(id)) parent.set(id, id);
    const a = find(from);
    const b = find(to);
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  const clusters = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    const members = clusters.get(root);
    if (members) members.push(id);
    else clusters.set(root, [id]);
  }
  const ordered = [...clusters.entries()].sort(([ra, a], [rb, b]) => b.length - a.length || (ra < rb ? -1 : 1));
  const chosen: string[][] = [];
  let count = 0;
  for (const [, members] of ordered) {
    if (count + members.length > limit) {
      // A single cluster too large to draw whole: its first articles by id.
      if (count === 0) {
        chosen.push(members.sort().slice(0, limit));
        count = limit;
      }
      continue;
    }
    chosen.push(members);
    count += members.length;
  }
  return { clusters: chosen, dropped: parent.size - count };
}
