// The report formats the CLI can write, by name.
import type { ReportInput } from "../types.js";
import { renderGithub } from "./github.js";
import { renderHtml } from "./html.js";
import { jsonChunks, renderJson, type ReportPiece } from "./json.js";
import { renderJunit } from "./junit.js";
import { renderSarif } from "./sarif.js";
import { renderStylish } from "./stylish.js";

export interface ReportFormat {
  name: "html" | "json" | "sarif" | "junit" | "github" | "stylish";
  /** File name inside --out, or null for formats printed to stdout (github, stylish). */
  file: string | null;
  /** Pure and deterministic: the same input gives the same string. */
  render(input: ReportInput): string;
  /** The same bytes as `render`, in pieces, for a report too large to hold as one string. */
  chunks?(input: ReportInput): Iterable<ReportPiece>;
}

export const reportFormats: readonly ReportFormat[] = Object.freeze([
  { name: "html", file: "report.html", render: renderHtml },
  { name: "json", file: "report.json", render: renderJson, chunks: jsonChunks },
  { name: "sarif", file: "report.sarif", render: renderSarif },
  { name: "junit", file: "report.junit.xml", render: renderJunit },
  { name: "github", file: null, render: renderGithub },
  { name: "stylish", file: null, render: renderStylish },
]);

export function reportFormat(name: string): ReportFormat | undefined {
  return reportFormats.find((format) => format.name === name);
}
