#!/usr/bin/env node
// The command line: parses options, calls the library, writes reports, sets the exit code.
import { appendFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { DateTime } from "luxon";
import { audit, extract, prepare } from "../api.js";
import { ArchiveError } from "../archive/types.js";
import { loadConfig } from "../config/load.js";
import { describeFsError } from "../fs/errors.js";
import { DataFileError } from "../packs/yaml-source.js";
import { packageVersion } from "../paths.js";
import { defaultJobs } from "../pool/index.js";
import { renderGithubSummary } from "../report/github-summary.js";
import { reportFormat, reportFormats } from "../report/index.js";
import { jsonChunks } from "../report/json.js";
import { plural } from "../report/summary.js";
import { SEVERITIES } from "../severity.js";
import type { Grade, Severity, Skipped } from "../types.js";
import { addArchiveCommand, archiveSummary, auditWithArchive } from "./archive.js";
import { baselineFile, loadBaseline, newFindings } from "./baseline.js";
import { EXIT_OK, EXIT_USAGE, GRADES, verdict } from "./exit-code.js";
import { progressReporter } from "./progress.js";
import { existingOutFolder, prepareOutFolder } from "./out-folder.js";
import { RUN_PLACEHOLDER, runId, writeReportSet, type ReportSet } from "./report-set.js";
import { skippedLines, summaryLines } from "./summary.js";
import { UsageError } from "./usage.js";

interface AuditFlags {
  out: string;
  format: string[];
  failOn: Severity | "none";
  minGrade?: Grade;
  config?: string;
  baseline?: string;
  updateBaseline?: boolean;
  maxWarnings?: number;
  exitZero?: boolean;
  timestamp?: boolean;
  quiet?: boolean;
  jobs?: number;
  strictInputs?: boolean;
  archive?: string;
  archiveReadonly?: boolean;
}

/** The report files any run may write: all of them belong to one set, and none is ever read as input. */
const REPORT_FILES = reportFormats.flatMap((f) => (f.file ? [f.file] : []));

function program(): Command {
  const cli = new Command("wirecheck")
    .description("Audit news articles for source reliability and duplication.")
    .version(packageVersion)
    .exitOverride()
    .showHelpAfterError();

  cli
    .command("audit")
    .description("audit a corpus and write reports")
    .argument("[paths...]", "files or folders (folders are read recursively)", ["seeds"])
    .option("--out <dir>", "where reports go", "reports")
    .option("--format <list>", `comma list of ${reportFormats.map((f) => f.name).join(",")}`, parseFormats, ["html", "json"])
    .addOption(new Option("--fail-on <severity>", "exit 1 if a finding is at or above this severity").choices([...SEVERITIES, "none"]).default("error"))
    .addOption(new Option("--min-grade <grade>", "exit 1 if a source grades below this").choices(GRADES))
    .option("--config <file>", "config file (default: wirecheck.config.{json,yaml,yml} in the working directory)")
    .option("--baseline <file>", "a baseline file or an earlier report.json whose findings are accepted")
    .option("--update-baseline", "write this run's findings as the baseline (with --baseline)")
    .option("--max-warnings <n>", "exit 1 if more than n warnings (after the baseline)", parseCount)
    .option("--exit-zero", "exit 0 even when a threshold is breached")
    .option("--timestamp", "record the time of the run under tool.generated (SOURCE_DATE_EPOCH wins)")
    .option("--quiet", "on stderr only what went wrong: skipped inputs, breached thresholds")
    .option("--strict-inputs", "exit 2 when an input is missing, unreadable or skipped")
    .option("--jobs <n>", `worker threads for the per-article work (default: the machine's cores, ${defaultJobs()} here)`, parseJobs)
    .option("--archive <url>", "compare with, then add to, an archive of earlier runs: a SQLite file path or postgres://… (default: $WIRECHECK_ARCHIVE)", process.env.WIRECHECK_ARCHIVE || undefined)
    .option("--archive-readonly", "compare with the archive without adding to it")
    .addHelpText("after", "\nExit codes: 0 no threshold breached (or --exit-zero); 1 a threshold breached (--fail-on, --min-grade, --max-warnings); 2 bad usage, bad config or rule file, a bad --out, a skipped input with --strict-inputs, or no readable input.")
    .action(async (paths: string[], flags: AuditFlags) => {
      process.exitCode = await runAudit(paths, flags);
    });

  cli
    .command("extract")
    .description("print each ingested article as one JSON object per line (JSONL)")
    .argument("[paths...]", "files or folders", ["seeds"])
    .option("--config <file>", "config file")
    .action((paths: string[], flags: { config?: string }) => {
      process.exitCode = runExtract(paths, flags);
    });

  cli
    .command("rules")
    .description("list every rule: id, default severity, one-line description")
    .option("--config <file>", "config file (extra rule folders, languages)")
    .option("--json", "as JSON")
    .action((flags: { config?: string; json?: boolean }) => {
      process.exitCode = runRules(flags);
    });

  addArchiveCommand(cli);
  return cli;
}

function parseFormats(value: string): string[] {
  const names = value.split(",").map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !reportFormat(n));
  if (unknown.length || names.length === 0) {
    throw new InvalidArgumentError(`unknown format ${unknown.join(", ") || "(none)"}; choose from ${reportFormats.map((f) => f.name).join(", ")}`);
  }
  return [...new Set(names)];
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("expected a whole number of 0 or more");
  return Number(value);
}

function parseJobs(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError("expected a whole number of threads, 1 or more");
  return Number(value);
}

async function runAudit(paths: string[], flags: AuditFlags): Promise<number> {
  if (flags.updateBaseline && !flags.baseline) throw new UsageError("--update-baseline needs --baseline FILE (where to write it)");
  const config = loadConfig(flags.config, process.cwd());
  const setup = prepare(config);
  const baseline = flags.baseline ? loadBaseline(flags.baseline, flags.updateBaseline) : null;
  const formats = flags.format.map((name) => reportFormat(name)!);
  const out = formats.some((f) => f.file) ? prepareOutFolder(flags.out, REPORT_FILES) : existingOutFolder(flags.out);
  const progress = flags.quiet ? undefined : progressReporter(process.stderr);
  const now = runTime();
  const options = {
    today: now.toISODate()!,
    ...(flags.jobs ? { jobs: flags.jobs } : {}),
    generated: flags.timestamp ? now.toISO({ suppressMilliseconds: true })! : undefined,
    exclude: out ? [out, ...REPORT_FILES.map((name) => join(out, name))] : [],
    ...(progress ? { onProgress: progress } : {}),
  };
  if (flags.archiveReadonly && !flags.archive) throw new UsageError("--archive-readonly needs --archive URL");
  const result = flags.archive ? await auditWithArchive(paths, setup, options, flags.archive, !!flags.archiveReadonly) : await audit(paths, setup, options);
  // The run id is a hash of report.json with a placeholder for it, taken while report.json is written.
  const withRun = (run: string) => {
    const report = { ...result.report, tool: { ...result.report.tool, run } };
    return { ...result.reportInput, report };
  };
  const set: ReportSet = {
    json: jsonChunks(withRun(RUN_PLACEHOLDER)),
    writeJson: flags.format.includes("json"),
    others: (run) => {
      const input = withRun(run);
      return formats.flatMap((f) => (f.file && f.name !== "json" ? [{ name: f.file, content: f.chunks?.(input) ?? f.render(input) }] : []));
    },
  };
  const files = formats.filter((f) => f.file);
  const written = out && files.length ? writeReports(flags.out, out, set, files.map((f) => f.file!)) : { run: runId(set.json), paths: [] };
  const input = withRun(written.run);
  const report = input.report;
  for (const format of formats) if (!format.file) process.stdout.write(format.render(input));
  const stepSummary = process.env.GITHUB_STEP_SUMMARY;
  if (flags.format.includes("github") && stepSummary) appendFileSync(stepSummary, renderGithubSummary(input));
  if (flags.updateBaseline && flags.baseline && report.articles.length > 0) {
    written.paths.push(writeBaseline(flags.baseline, baselineFile(result.findings)));
  }
  // An updated baseline accepts every finding of this run.
  const counted = flags.updateBaseline ? [] : newFindings(result.findings, baseline);
  const v = verdict(report, counted, {
    failOn: flags.failOn === "none" ? null : flags.failOn,
    minGrade: flags.minGrade ?? null,
    maxWarnings: flags.maxWarnings ?? null,
    exitZero: Boolean(flags.exitZero),
  });
  const strict = (flags.strictInputs || config.strictInputs) && report.skipped.length > 0;
  const failures = strict ? [...v.reasons, `${plural(report.skipped.length, "input")} skipped (--strict-inputs)`] : v.reasons;
  const lines = flags.quiet ? skippedLines(report.skipped) : summaryLines(report, result.findings, written.paths);
  if (!flags.quiet && report.archived) lines.push(archiveSummary(report));
  for (const reason of failures) lines.push(`fail: ${reason}`);
  if (lines.length) process.stderr.write(lines.join("\n") + "\n");
  return strict ? EXIT_USAGE : v.code;
}

/** The report set written into `out`: its run id and the files' paths as given. */
function writeReports(given: string, out: string, set: ReportSet, names: string[]): { run: string; paths: string[] } {
  try {
    return { run: writeReportSet(out, set, REPORT_FILES), paths: names.map((name) => join(given, name)) };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code) throw new UsageError(`--out ${given}: cannot write the reports (${describeFsError(e)})`);
    throw e;
  }
}

/** The baseline file, whole or not at all: a temporary file beside it, then a rename. */
function writeBaseline(file: string, content: string): string {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, file);
    return file;
  } catch (e) {
    throw new UsageError(`--baseline ${file}: cannot write the baseline (${describeFsError(e)})`);
  }
}

/** The time of the run; SOURCE_DATE_EPOCH fixes it for reproducible builds. */
function runTime(): DateTime {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? DateTime.fromSeconds(Number(epoch), { zone: "utc" }) : DateTime.utc();
}

function runExtract(paths: string[], flags: { config?: string }): number {
  const setup = prepare(loadConfig(flags.config, process.cwd()));
  let written = 0;
  const unread: Skipped[] = [];
  for (const { articles, skipped } of extract(paths, setup, { today: runTime().toISODate()! })) {
    for (const { article, facts } of articles) {
      const line = {
        id: article.id,
        path: article.path,
        source: facts.source,
        url: article.url,
        title: facts.title,
        author: article.author,
        published: facts.published,
        language: facts.language,
        credits: facts.credits.map((c) => c.agency),
        text: article.text,
      };
      process.stdout.write(JSON.stringify(line) + "\n");
      written++;
    }
    for (const s of skipped) unread.push(s);
  }
  for (const line of skippedLines(unread)) process.stderr.write(`wirecheck: ${line}\n`);
  return written ? EXIT_OK : EXIT_USAGE;
}

function runRules(flags: { config?: string; json?: boolean }): number {
  const { rules } = prepare(loadConfig(flags.config, process.cwd()));
  const rows = rules.map(({ meta }) => ({ id: meta.id, severity: meta.severity, scope: meta.scope, description: meta.description, docs: meta.docs }));
  if (flags.json) {
    process.stdout.write(JSON.stringify(rows, null, 2) + "\n");
    return EXIT_OK;
  }
  const idWidth = Math.max(...rows.map((r) => r.id.length));
  for (const r of rows) process.stdout.write(`${r.id.padEnd(idWidth)}  ${r.severity.padEnd(7)}  ${r.description}\n`);
  return EXIT_OK;
}

async function main(argv: string[]): Promise<void> {
  // A reader that stops early (`wirecheck extract | head`) is no error.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? EXIT_OK);
    fatal(e);
  });
  try {
    await program().parseAsync(argv);
  } catch (e) {
    // Help and version end the run normally; every other parse failure is bad usage.
    if (e instanceof CommanderError) process.exitCode = e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    else if (e instanceof DataFileError || e instanceof UsageError || e instanceof ArchiveError) {
      process.stderr.write(`wirecheck: ${e.message}\n`);
      process.exitCode = EXIT_USAGE;
    } else fatal(e);
  }
}

/**
 * A defect of ours: one line for the user, the stack only when asked for
 * (WIRECHECK_DEBUG=1), and exit 2 so that CI never reads it as a passing run.
 */
function fatal(e: unknown): void {
  const message = String((e as Error)?.message ?? e).split("\n")[0];
  process.stderr.write(`wirecheck: internal error: ${message}${process.env.WIRECHECK_DEBUG ? `\n${(e as Error)?.stack}` : " (WIRECHECK_DEBUG=1 shows where)"}\n`);
  process.exitCode = EXIT_USAGE;
}

for (const event of ["uncaughtException", "unhandledRejection"] as const) {
  process.on(event, (e: unknown) => {
    fatal(e);
    process.exit(EXIT_USAGE);
  });
}
void main(process.argv);
