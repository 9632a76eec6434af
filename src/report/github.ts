// GitHub Actions workflow commands: each line becomes an annotation on the file in the PR.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import type { ReportInput, Severity } from "../types.js";
import { spanLocator, type FileRegion } from "./position.js";
import { articleLabels } from "./summary.js";

const commands: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

/** GitHub shows at most 10 annotations of each kind per step and drops the rest unseen; past
 *  this many, one notice says how many more there are and where to read them. */
export const ANNOTATIONS_PER_KIND = 10;

export function renderGithub({ report, texts }: ReportInput): string {
  const labels = articleLabels(report);
  const lines: string[] = [];
  const shown: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let left = 0;
  const admit = (severity: Severity): boolean => {
    if (shown[severity] >= ANNOTATIONS_PER_KIND) return (left++, false);
    shown[severity]++;
    return true;
  };
  for (const article of report.articles) {
    const locate = spanLocator(texts.get(article.id));
    // An annotation only names a file; say which article when the file holds several.
    const suffix = labels.get(article.id) === article.path ? "" : ` (article ${article.id})`;
    for (const finding of article.findings) {
      if (!admit(finding.severity)) continue;
      const region = finding.span && locate(finding.span);
      const properties = { file: article.path, ...(region ? regionProperties(region) : {}), title: finding.rule };
      lines.push(command(commands[finding.severity], properties, finding.message + suffix));
    }
  }
  // Skipped files are shown as warnings and share their budget.
  for (const skipped of report.skipped) {
    if (admit("warning")) lines.push(command("warning", { file: skipped.path, title: "wirecheck: skipped" }, skipped.reason));
  }
  if (left > 0) {
    const more = `${left} more finding${left === 1 ? "" : "s"} not annotated (GitHub shows ${ANNOTATIONS_PER_KIND} of each kind); see the job summary and the report files`;
    // First, so that it is not itself one notice too many.
    lines.unshift(command("notice", { title: "wirecheck" }, more));
  }
  return lines.map((line) => line + "\n").join("");
}

function regionProperties(region: FileRegion): Record<string, number> {
  return { line: region.startLine, col: region.startColumn, endLine: region.endLine, endColumn: region.endColumn };
}

function command(name: string, properties: Record<string, string | number>, message: string): string {
  const list = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(",");
  return `::${name} ${list}::${escapeData(message)}`;
}

/** The runner decodes these three in messages; a raw newline would end the command (and could start another). */
export function escapeData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Properties are additionally split at "," and ended by "::", so those are encoded too. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
