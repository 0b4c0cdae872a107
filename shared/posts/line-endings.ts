/**
 * The line ending a text mostly uses. The editor is configured with it, so its text joins lines
 * the way the file does and a save writes the same bytes back.
 */
export function detectLineEnding(text: string): '\n' | '\r\n' {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}
