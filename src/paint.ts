/**
 * Terminal colours, only when the context allows them (a terminal, no NO_COLOR, no
 * --no-color). A few fixed colours do not justify loading a colour library on start-up.
 */
export const COLOR = { red: 31, green: 32, yellow: 33, grey: 90 } as const;

export function paint(on: boolean | undefined, color: number, text: string): string {
  return on ? `\u001b[${color}m${text}\u001b[39m` : text;
}
