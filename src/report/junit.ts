// JUnit XML as GitLab, Jenkins and most CI dashboards read it: a test suite per article,
// a test case per rule that fired (failing on errors and warnings), "audit" for clean articles.
import type { ArticleReport, ReportedFinding, ReportInput, Skipped } from "../types.js";
import { excerpt } from "./excerpt.js";
import { escapeMarkup } from "./markup.js";
import { spanLocator, type ArticleText } from "./position.js";

interface TestCase {
  name: string;
  /** Findings that fail the case (errors, warnings); infos are listed as output only. */
  failures: ReportedFinding[];
  notes: ReportedFinding[];
}

export function renderJunit({ report, texts }: ReportInput): string {
  const suites = report.articles.map((article) => ({ article, cases: testCases(article) }));
  const tests = suites.reduce((sum, suite) => sum + suite.cases.length, 0) + report.skipped.length;
  const failures = suites.reduce((sum, suite) => sum + failing(suite.cases), 0);
  const body = suites.map((suite) => suiteXml(suite.article, suite.cases, texts.get(suite.article.id)));
  if (report.skipped.length > 0) body.push(skippedSuiteXml(report.skipped));
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    ...(report.tool.run ? [`<!-- wirecheck run ${report.tool.run} -->`] : []),
    `<testsuites name="wirecheck" tests="${tests}" failures="${failures}" errors="0" skipped="${report.skipped.length}">`,
    ...body,
    `</testsuites>`,
    "",
  ].join("\n");
}

/** One case per rule, in the order the rules first fire in the article. */
function testCases(article: ArticleReport): TestCase[] {
  const byRule = new Map<string, TestCase>();
  for (const finding of article.findings) {
    let testCase = byRule.get(finding.rule);
    if (!testCase) byRule.set(finding.rule, (testCase = { name: finding.rule, failures: [], notes: [] }));
    (finding.severity === "info" ? testCase.notes : testCase.failures).push(finding);
  }
  return byRule.size > 0 ? [...byRule.values()] : [{ name: "audit", failures: [], notes: [] }];
}

function failing(cases: readonly TestCase[]): number {
  return cases.filter((testCase) => testCase.failures.length > 0).length;
}

function suiteXml(article: ArticleReport, cases: readonly TestCase[], text: ArticleText | undefined): string {
  const id = escapeMarkup(article.id);
  const file = escapeMarkup(article.path);
  const describe = describer(text);
  const caseXml = cases.map((testCase) => {
    const open = `    <testcase name="${escapeMarkup(testCase.name)}" classname="${id}" file="${file}"`;
    const children: string[] = [];
    const [first, ...more] = testCase.failures;
    if (first) {
      // Attribute values lose their line breaks in any XML parser; say so up front.
      const message = first.message.replace(/\s+/g, " ") + (more.length > 0 ? ` (+${more.length} more)` : "");
      const details = testCase.failures.map(describe).join("\n");
      children.push(`      <failure type="${escapeMarkup(first.severity)}" message="${escapeMarkup(message)}">${escapeMarkup(details)}</failure>`);
    }
    if (testCase.notes.length > 0) children.push(`      <system-out>${escapeMarkup(testCase.notes.map(describe).join("\n"))}</system-out>`);
    return children.length > 0 ? `${open}>\n${children.join("\n")}\n    </testcase>` : `${open}/>`;
  });
  const attributes = `name="${id}" tests="${cases.length}" failures="${failing(cases)}" errors="0" skipped="0" file="${file}"`;
  return [`  <testsuite ${attributes}>`, ...caseXml, `  </testsuite>`].join("\n");
}

/** "warning 3:14 message", then the passage in »guillemets« when the span has text. */
function describer(text: ArticleText | undefined): (finding: ReportedFinding) => string {
  const locate = spanLocator(text);
  return (finding) => {
    const region = finding.span && locate(finding.span);
    const where = region ? ` ${region.startLine}:${region.startColumn}` : "";
    const line = `${finding.severity}${where} ${finding.message}`;
    if (!finding.span || !text) return line;
    const { before, match, after } = excerpt(text.text, finding.span);
    return `${line}\n  ${before}»${match}«${after}`;
  };
}

function skippedSuiteXml(skipped: readonly Skipped[]): string {
  const cases = skipped.map(
    ({ path, reason }) =>
      `    <testcase name="${escapeMarkup(path)}" classname="skipped inputs" file="${escapeMarkup(path)}">\n` +
      `      <skipped message="${escapeMarkup(reason)}"/>\n    </testcase>`,
  );
  const attributes = `name="skipped inputs" tests="${skipped.length}" failures="0" errors="0" skipped="${skipped.length}"`;
  return [`  <testsuite ${attributes}>`, ...cases, `  </testsuite>`].join("\n");
}
