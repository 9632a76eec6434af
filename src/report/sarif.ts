// SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/), as GitHub code scanning reads it.
import { findingFingerprint } from "../engine/findings.js";
import type { ArticleReport, ReportedFinding, ReportInput, RuleSummary, Severity, Skipped } from "../types.js";
import { spanLocator, type ArticleText, type SpanLocator } from "./position.js";
import { severityRank } from "../severity.js";

const schema = "https://json.schemastore.org/sarif-2.1.0.json";

type SarifLevel = "error" | "warning" | "note";
const levels: Record<Severity, SarifLevel> = { error: "error", warning: "warning", info: "note" };

export function renderSarif({ report, texts, rules: catalogue }: ReportInput): string {
  const rules = ruleDescriptors(report.articles, catalogue);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const paths = new Map(report.articles.map((article) => [article.id, article.path]));
  const results = report.articles.flatMap((article) => {
    const locate = spanLocator(texts.get(article.id));
    return article.findings.map((finding) =>
      result(article, finding, { locate, text: texts.get(article.id), ruleIndex, paths }),
    );
  });
  const log = {
    $schema: schema,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "wirecheck", version: report.tool.version, semanticVersion: report.tool.version, rules } },
        ...(report.tool.run ? { properties: { wirecheckRun: report.tool.run } } : {}),
        // Unreadable inputs are not results about the text, but the run should still say so.
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: report.skipped.map(notification) }],
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}

interface RuleDescriptor {
  id: string;
  shortDescription?: { text: string };
  defaultConfiguration: { level: SarifLevel };
  properties?: { docs: string };
}

/** One descriptor per rule that fired, sorted by id; its level is the most severe one seen. */
function ruleDescriptors(articles: readonly ArticleReport[], catalogue: readonly RuleSummary[]): RuleDescriptor[] {
  const known = new Map(catalogue.map((rule) => [rule.id, rule]));
  const worst = new Map<string, Severity>();
  for (const { rule, severity } of articles.flatMap((article) => article.findings)) {
    const seen = worst.get(rule);
    if (seen === undefined || severityRank(severity) > severityRank(seen)) worst.set(rule, severity);
  }
  return [...worst]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, severity]) => {
      const rule = known.get(id);
      return {
        id,
        ...(rule ? { shortDescription: { text: rule.description } } : {}),
        defaultConfiguration: { level: levels[severity] },
        ...(rule?.docs ? { properties: { docs: rule.docs } } : {}),
      };
    });
}

interface ResultContext {
  locate: SpanLocator;
  text: ArticleText | undefined;
  ruleIndex: ReadonlyMap<string, number>;
  paths: ReadonlyMap<string, string>;
}

function result(article: ArticleReport, finding: ReportedFinding, context: ResultContext) {
  const region = finding.span && context.locate(finding.span);
  const snippet = finding.span && context.text?.text.slice(finding.span.start, finding.span.end);
  const relatedLocations = finding.related.map((id, index) => ({
    id: index,
    physicalLocation: { artifactLocation: { uri: artifactUri(context.paths.get(id) ?? id) } },
    message: { text: `related article ${id}` },
  }));
  return {
    ruleId: finding.rule,
    ruleIndex: context.ruleIndex.get(finding.rule),
    level: levels[finding.severity],
    message: { text: finding.message },
    // Lets code scanning follow the same finding from run to run, as --baseline does.
    partialFingerprints: { "wirecheck/v1": findingFingerprint(article.id, finding.rule, finding.message) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(article.path) },
          ...(region ? { region: { ...region, snippet: { text: snippet ?? "" } } } : {}),
        },
      },
    ],
    ...(relatedLocations.length > 0 ? { relatedLocations } : {}),
    properties: {
      // Several articles can share one file (JSON arrays, JSONL feeds), so name the article.
      articleId: article.id,
      // Without a file position (extracted HTML/JSON text) the span is all we can offer.
      ...(finding.span && !region ? { span: finding.span } : {}),
      ...(Object.keys(finding.data).length > 0 ? { data: finding.data } : {}),
    },
  };
}

function notification(skipped: Skipped) {
  return {
    level: "warning",
    message: { text: `skipped: ${skipped.reason}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(skipped.path) } } }],
  };
}

/** A path (forward slashes) as a URI reference: relative stays relative, absolute becomes file://. */
export function artifactUri(path: string): string {
  const encoded = path
    .split("/")
    .map((segment, index) => (index === 0 && /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
    .join("/");
  if (path.startsWith("/")) return `file://${encoded}`;
  if (/^[A-Za-z]:\//.test(path)) return `file:///${encoded}`;
  return encoded;
}
