#!/usr/bin/env node
// The command line: parses options, calls the library, writes reports, sets the exit code.
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { DateTime } from "luxon";
import { audit, extract, prepare } from "../api.js";
import { ArchiveError } from "../archive/types.js";
import { loadConfig } from "../config/load.js";
import { DataFileError } from "../packs/yaml-source.js";
import { packageVersion } from "../paths.js";
import { reportFormat, reportFormats } from "../report/index.js";
import { SEVERITIES } from "../severity.js";
import type { Grade, Severity } from "../types.js";
import { addArchiveCommand, archiveSummary, auditWithArchive } from "./archive.js";
import { loadBaseline, newFindings } from "./baseline.js";
import { EXIT_OK, EXIT_USAGE, GRADES, verdict } from "./exit-code.js";
import { progressReporter } from "./progress.js";
import { summaryLines } from "./summary.js";
import { writeAtomically } from "./write.js";

interface AuditFlags {
  out: string;
  format: string[];
  failOn: Severity | "none";
  minGrade?: Grade;
  config?: string;
  baseline?: string;
  timestamp?: boolean;
  quiet?: boolean;
  archive?: string;
  archiveReadonly?: boolean;
}

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
    .option("--baseline <file>", "an earlier report.json whose findings are accepted")
    .option("--timestamp", "record the time of the run under tool.generated (SOURCE_DATE_EPOCH wins)")
    .option("--quiet", "no summary on stderr")
    .option("--archive <url>", "compare with, then add to, an archive of earlier runs: a SQLite file path or postgres://… (default: $WIRECHECK_ARCHIVE)", process.env.WIRECHECK_ARCHIVE || undefined)
    .option("--archive-readonly", "compare with the archive without adding to it")
    .addHelpText("after", "\nExit codes: 0 no threshold breached; 1 a threshold breached; 2 bad usage, bad config or rule file, or no readable input.")
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

async function runAudit(paths: string[], flags: AuditFlags): Promise<number> {
  const setup = prepare(loadConfig(flags.config, process.cwd()));
  const baseline = flags.baseline ? loadBaseline(flags.baseline) : null;
  const progress = flags.quiet ? undefined : progressReporter(process.stderr);
  const now = runTime();
  const options = {
    today: now.toISODate()!,
    generated: flags.timestamp ? now.toISO({ suppressMilliseconds: true })! : undefined,
    ...(progress ? { onProgress: progress } : {}),
  };
  if (flags.archiveReadonly && !flags.archive) throw new ArchiveError("--archive-readonly needs --archive URL");
  const result = flags.archive ? await auditWithArchive(paths, setup, options, flags.archive, !!flags.archiveReadonly) : audit(paths, setup, options);
  const written: string[] = [];
  for (const name of flags.format) {
    const format = reportFormat(name)!;
    const content = format.render(result.reportInput);
    if (format.file) written.push(writeAtomically(flags.out, format.file, content));
    else process.stdout.write(content);
  }
  const v = verdict(result.report, newFindings(result.findings, baseline), {
    failOn: flags.failOn === "none" ? null : flags.failOn,
    minGrade: flags.minGrade ?? null,
  });
  if (!flags.quiet) {
    const lines = summaryLines(result.report, result.findings, written);
    if (result.report.archived) lines.push(archiveSummary(result.report));
    for (const reason of v.reasons) lines.push(`fail: ${reason}`);
    process.stderr.write(lines.join("\n") + "\n");
  }
  return v.code;
}

/** The time of the run; SOURCE_DATE_EPOCH fixes it for reproducible builds. */
function runTime(): DateTime {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? DateTime.fromSeconds(Number(epoch), { zone: "utc" }) : DateTime.utc();
}

function runExtract(paths: string[], flags: { config?: string }): number {
  const setup = prepare(loadConfig(flags.config, process.cwd()));
  let written = 0;
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
    for (const s of skipped) process.stderr.write(`wirecheck: skipped ${s.path}: ${s.reason}\n`);
  }
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
  try {
    await program().parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version end the run normally; every other parse failure is bad usage.
      process.exitCode = e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
      return;
    }
    if (e instanceof DataFileError || e instanceof ArchiveError) {
      process.stderr.write(`wirecheck: ${e.message}\n`);
      process.exitCode = EXIT_USAGE;
      return;
    }
    throw e;
  }
}

await main(process.argv);
