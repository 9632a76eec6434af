// `wirecheck archive stats|prune|export URL`: housekeeping of an archive of earlier runs.
import { type Command, InvalidArgumentError } from "commander";
import { audit, type AuditOptions, type AuditResult, type Setup } from "../api.js";
import { withArchive as compareAndAdd } from "../archive/audit.js";
import { openArchive } from "../archive/open.js";
import { decompressText } from "../archive/record.js";
import type { Archive } from "../archive/types.js";
import { toIsoDate } from "../calendar.js";
import { plural } from "../report/summary.js";
import type { AuditReport } from "../types.js";
import { EXIT_OK } from "./exit-code.js";

const URL_HELP = "the archive: a SQLite file path, or postgres://user@host:port/database";

/** Adds `archive` and its subcommands to the CLI (they inherit its error handling). */
export function addArchiveCommand(cli: Command): void {
  const command = cli.command("archive").description("look after an archive of earlier runs (see audit --archive)");
  command
    .command("stats")
    .description("articles, versions, index size and date range")
    .argument("<url>", URL_HELP)
    .option("--json", "as JSON")
    .action(async (url: string, flags: { json?: boolean }) => {
      process.exitCode = await withArchive(url, true, async (archive) => {
        const s = await archive.stats();
        if (flags.json) {
          process.stdout.write(JSON.stringify({ backend: archive.kind, ...s }, null, 2) + "\n");
          return EXIT_OK;
        }
        const range = s.oldest ? `${s.oldest} … ${s.newest}` : "none";
        process.stdout.write(
          [`backend   ${archive.kind}, schema version ${s.schemaVersion}`, `articles  ${s.articles} (${plural(s.versions, "stored version")})`, `index     ${plural(s.postings, "key")}`, `dates     ${range}`].join("\n") + "\n",
        );
        return EXIT_OK;
      });
    });
  command
    .command("prune")
    .description("remove articles published before a date (undated ones: added before it)")
    .argument("<url>", URL_HELP)
    .requiredOption("--before <date>", "YYYY-MM-DD", parseDate)
    .action(async (url: string, flags: { before: string }) => {
      process.exitCode = await withArchive(url, false, async (archive) => {
        const removed = await archive.prune(flags.before);
        process.stderr.write(`wirecheck: removed ${plural(removed, "article")} from before ${flags.before}\n`);
        return EXIT_OK;
      });
    });
  command
    .command("export")
    .description("print every current article as one JSON object per line (JSONL, readable by audit)")
    .argument("<url>", URL_HELP)
    .action(async (url: string) => {
      // A reader that stops early (`| head`) closes the pipe: the export ends quietly.
      let closed = false;
      process.stdout.on("error", (e: NodeJS.ErrnoException) => {
        if (e.code !== "EPIPE") throw e;
        closed = true;
      });
      process.exitCode = await withArchive(url, true, async (archive) => {
        for await (const r of archive.export()) {
          if (closed) break;
          const line = { id: r.id, url: r.url, source: r.source, title: r.title, published: r.published, language: r.language, credits: r.credits, version: r.version, added: r.added, contentHash: r.contentHash, text: decompressText(r.text) };
          if (!process.stdout.write(JSON.stringify(line) + "\n")) await new Promise((resolve) => process.stdout.once("drain", resolve));
        }
        return EXIT_OK;
      });
    });
}

function parseDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? toIsoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  if (!date) throw new InvalidArgumentError("expected a date YYYY-MM-DD");
  return date;
}

async function withArchive<T>(url: string, readonly: boolean, fn: (archive: Archive) => Promise<T>): Promise<T> {
  const archive = await openArchive(url, { readonly });
  try {
    return await fn(archive);
  } finally {
    await archive.close();
  }
}

/** `audit --archive URL`: the archive is opened first (a bad one fails before any work), consulted
 *  between analysis and rules, and given the new articles unless read-only. */
export async function auditWithArchive(paths: readonly string[], setup: Setup, options: AuditOptions & { today: string }, url: string, readonly: boolean): Promise<AuditResult> {
  return withArchive(url, readonly, (archive) => audit(paths, setup, options, (analysed) => compareAndAdd(archive, analysed, setup.library, options.today)));
}

/** The summary line: what the archive made of this run's articles. */
export function archiveSummary(report: AuditReport): string {
  const count = (status: string) => report.articles.filter((a) => a.archive?.status === status).length;
  const versions = count("version");
  return `archive: ${count("new")} new, ${count("unchanged")} unchanged, ${plural(versions, "new version")}; ${plural(report.archived?.length ?? 0, "archived article")} related`;
}
