// wirecheck as a library.
export { audit, auditIngested, extract, judge, prepare, type AuditOptions, type AuditResult, type JudgeOptions, type Setup } from "./api.js";
export { DEFAULT_CONFIG, parseConfig, type Config, type RuleSetting } from "./config/config.js";
export { loadConfig } from "./config/load.js";
export type { ArticleContext, ArticleRule, CorpusContext, CorpusRule, Rule, RuleMeta } from "./engine/rule.js";
export { reportFormat, reportFormats, type ReportFormat } from "./report/index.js";
export type * from "./types.js";
