/**
 * The file line a front matter error points to. The parsers count lines inside the block
 * (`at line 2, column 8`), which starts on the file's line 2, after the opening fence.
 */
export function frontMatterErrorLine(message: string): number {
  const match = /line (\d+)/.exec(message);
  return match ? Number(match[1]) + 1 : 1;
}
