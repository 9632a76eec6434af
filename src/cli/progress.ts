// A progress line on stderr for large corpora, only when a person is watching.
const MIN_ARTICLES = 300;

export function progressReporter(stream: NodeJS.WriteStream): ((done: number, total: number) => void) | undefined {
  if (!stream.isTTY) return undefined;
  let lastShown = -1;
  return (done, total) => {
    if (total < MIN_ARTICLES) return;
    const percent = Math.floor((done / total) * 100);
    if (percent === lastShown && done !== total) return;
    lastShown = percent;
    stream.write(`\ranalysing ${done}/${total} (${percent}%)${done === total ? "\n" : ""}`);
  };
}
