// Rule packs and config files are YAML (JSON is YAML too), parsed with positions kept,
// so that a wrong value is reported as "file:line:column: what is wrong".
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from "yaml";

export class DataFileError extends Error {}

export class YamlSource {
  private constructor(
    readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  static parse(file: string, content: string): YamlSource {
    const lines = new LineCounter();
    const doc = parseDocument(content, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const first = doc.errors[0];
    if (first) {
      const pos = lines.linePos(first.pos[0]);
      throw new DataFileError(`${file}:${pos.line}:${pos.col}: ${first.message.split("\n")[0]}`);
    }
    return new YamlSource(file, doc, lines);
  }

  /** The plain value of the whole document. */
  value(): unknown {
    return this.doc.toJS();
  }

  /** An error pointing at the key (or item) under `path`, or its nearest existing parent. */
  error(path: ReadonlyArray<string | number>, message: string): DataFileError {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.nodeAt(path.slice(0, depth));
      if (node?.range) {
        const pos = this.lines.linePos(node.range[0]);
        return new DataFileError(`${this.file}:${pos.line}:${pos.col}: ${message}`);
      }
    }
    return new DataFileError(`${this.file}: ${message}`);
  }

  /** A mapping entry is pointed at by its key, where the reader looks for it. */
  private nodeAt(path: ReadonlyArray<string | number>): Node | undefined {
    const last = path[path.length - 1];
    const parent = path.length ? this.doc.getIn(path.slice(0, -1), true) : this.doc.contents;
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
      if (pair && isScalar(pair.key)) return pair.key;
    }
    if (isSeq(parent) && typeof last === "number") return parent.items[last] as Node | undefined;
    return path.length ? undefined : (this.doc.contents as Node | undefined);
  }
}
