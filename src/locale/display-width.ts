/**
 * How many terminal columns text takes: Japanese (and other East Asian wide) characters
 * take two, combining marks none, colour escapes none. Used to line up tables and to know
 * how many rows a prompt covers when it is redrawn.
 */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u;
const ZERO = /[\u0300-\u036f\u200b-\u200f\u3099\u309a\ufe00-\ufe0f]/u;
const ESCAPES = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text.replace(ESCAPES, '')) {
    if (ch < ' ') continue;
    w += ZERO.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  }
  return w;
}

/** Pad with spaces to a display width (never truncates). */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Rows one line of text covers on a terminal this many columns wide (at least one). */
export function rowsOf(line: string, columns: number): number {
  const w = displayWidth(line);
  return w === 0 ? 1 : Math.ceil(w / columns);
}
