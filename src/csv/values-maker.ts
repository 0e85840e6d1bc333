/**
 * The `values` object of a record, made in one step from its cells. A reader builds one per
 * record, 500,000 times a file: assigning each column by name (`values[id] = …`, the name
 * changing from column to column) is a store V8 cannot specialise, and measured about
 * 170 ns a record of 14 columns, against about 25 ns for an object literal of the same keys.
 * So each reader layout gets a function that returns such a literal: on 500,000 NE goods
 * this took check's CPU from about 1.66 to 1.55–1.58 s.
 *
 * The function is compiled from the layout's column ids. Those are this program's own
 * names (ColumnSpec.id, constants in formats/ and checks/), never text from a file; an id
 * that is not a plain name (letters and digits, starting with a letter) is not compiled
 * into code at all: such a layout gets the by-name assignment instead.
 */

/** Cells in the layout's column order → the values object. */
export type ValuesMaker = (cells: readonly string[]) => Record<string, string>;

/** Letters and digits, starting with a letter: safe as a literal's key, and never `__proto__`. */
const PLAIN_ID = /^[A-Za-z][A-Za-z0-9]*$/;

export function valuesMaker(ids: readonly string[]): ValuesMaker {
  if (ids.length > 0 && ids.every((id) => PLAIN_ID.test(id))) {
    const body = `return { ${ids.map((id, k) => `${id}: c[${k}]`).join(', ')} };`;
    return new Function('c', body) as ValuesMaker;
  }
  return (cells) => {
    const values: Record<string, string> = {};
    for (let k = 0; k < ids.length; k++) values[ids[k]!] = cells[k]!;
    return values;
  };
}
