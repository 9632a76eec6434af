// Small typed readers over parsed YAML: each either returns the value in the shape
// asked for or throws an error that names the file, the line and the field.
import { jsonKind } from "../json-error.js";
import type { YamlSource } from "./yaml-source.js";

export type Path = ReadonlyArray<string | number>;

export class Reader {
  constructor(readonly source: YamlSource) {}

  fail(path: Path, message: string): never {
    throw this.source.error(path, `${pathName(path)}: ${message}`);
  }

  record(value: unknown, path: Path, allowed?: readonly string[]): Record<string, unknown> {
    if (typeof value !== "object" || value === null || Array.isArray(value)) this.fail(path, `expected a mapping, got ${jsonKind(value)}`);
    const obj = value as Record<string, unknown>;
    if (allowed) {
      for (const key of Object.keys(obj)) {
        if (!allowed.includes(key)) this.fail([...path, key], `unknown key (allowed: ${allowed.join(", ")})`);
      }
    }
    return obj;
  }

  string(value: unknown, path: Path): string {
    if (typeof value !== "string" || value.length === 0) this.fail(path, `expected a non-empty string, got ${value === "" ? "an empty one" : jsonKind(value)}`);
    return value;
  }

  optionalString(value: unknown, path: Path): string | undefined {
    return value === undefined ? undefined : this.string(value, path);
  }

  number(value: unknown, path: Path): number {
    if (typeof value !== "number" || !Number.isFinite(value)) this.fail(path, `expected a number, got ${jsonKind(value)}`);
    return value;
  }

  boolean(value: unknown, path: Path): boolean {
    if (typeof value !== "boolean") this.fail(path, `expected true or false, got ${jsonKind(value)}`);
    return value;
  }

  oneOf<T extends string>(value: unknown, path: Path, options: readonly T[]): T {
    if (typeof value !== "string" || !options.includes(value as T)) {
      this.fail(path, `expected one of ${options.join(", ")}`);
    }
    return value as T;
  }

  list<T>(value: unknown, path: Path, item: (v: unknown, p: Path) => T): T[] {
    if (!Array.isArray(value)) this.fail(path, `expected a list, got ${jsonKind(value)}`);
    return value.map((v, i) => item(v, [...path, i]));
  }

  strings(value: unknown, path: Path): string[] {
    return this.list(value, path, (v, p) => this.string(v, p));
  }

  /** A regular expression source, compiled once here so that a bad one fails at load time. */
  pattern(value: unknown, path: Path, flags: string): string {
    const source = this.string(value, path);
    try {
      new RegExp(source, flags);
    } catch (e) {
      this.fail(path, `invalid regular expression: ${(e as Error).message}`);
    }
    return source;
  }
}

function pathName(path: Path): string {
  return path.map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`)).join("").replace(/^\./, "") || "document";
}
