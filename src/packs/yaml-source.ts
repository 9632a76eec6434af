// Rule packs and config files are YAML (JSON is YAML too), parsed with positions kept,
// so that a wrong value is reported as "file:line:column: what is wrong".
import { LineCounter, isMap, isSeq, parseDocument, type Document, type Node } from "yaml";

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

  /** An error pointing at the node under `path` (or its nearest existing parent). */
  error(path: ReadonlyArray<string | number>, message: string): DataFileError {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.doc.getIn(path.slice(0, depth), true) as Node | undefined;
      if (node && (node.range || isMap(node) || isSeq(node))) {
        const offset = node.range?.[0] ?? 0;
        const pos = this.lines.linePos(offset);
        return new DataFileError(`${this.file}:${pos.line}:${pos.col}: ${message}`);
      }
    }
    return new DataFileError(`${this.file}: ${message}`);
  }
}
