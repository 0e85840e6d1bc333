/**
 * Control characters a value must not carry into an upload file or a saved answer (tab, CR
 * and LF are text), and how messages name a character. Free of imports: the answers check
 * uses them without loading the writer or the CP932 tables.
 */
export const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** A character as messages name it: U+XXXX. */
export function codepoint(ch: string): string {
  return 'U+' + ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
}
