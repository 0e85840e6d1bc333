/**
 * A value from the operator's file as findings and export messages quote it: cut to a
 * readable length, with control characters (NUL, tab, line breaks …) written as visible
 * escapes so that the message stays one clean line.
 */
import type { Text } from '../i18n/text.js';
import { valueText as m } from '../i18n/values.js';

const MAX_SHOWN = 40;

function echo(value: string, max = MAX_SHOWN): string {
  const chars = [...value];
  const cut = chars.length > max ? chars.slice(0, max).join('') + '…' : value;
  return cut.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** In the language's quotes, or "(blank)". */
export function quotedValue(raw: string): Text {
  return raw === '' ? m.blank() : m.quoted({ value: echo(raw) });
}
