import { describe, expect, it } from "vitest";
import { progressReporter } from "../../src/cli/progress.js";

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; written: string[] } {
  const written: string[] = [];
  const stream = { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe("progress on stderr", () => {
  it("shows a percentage line for a large corpus on a terminal, once per percent", () => {
    const { stream, written } = fakeStream(true);
    const report = progressReporter(stream)!;
    for (let done = 1; done <= 1000; done++) report(done, 1000);
    expect(written).toHaveLength(101);
    expect(written[0]).toBe("\ranalysing 1/1000 (0%)");
    expect(written[written.length - 1]).toBe("\ranalysing 1000/1000 (100%)\n");
  });

  it("stays quiet for a small corpus, and when stderr is not a terminal", () => {
    const { stream, written } = fakeStream(true);
    const report = progressReporter(stream)!;
    for (let done = 1; done <= 5; done++) report(done, 5);
    expect(written).toEqual([]);
    expect(progressReporter(fakeStream(false).stream)).toBeUndefined();
  });
});
