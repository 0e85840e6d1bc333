/**
 * Where an API record "is", for messages that name a file and a line: its position in Next
 * Engine's answer counted the way a downloaded CSV counts (header on line 1, first record on
 * line 2). On the same data in the same order, both routes then name the same lines.
 */
export async function* recordLines<R, T>(records: AsyncIterable<R>, map: (record: R, line: number) => T): AsyncGenerator<T> {
  let line = 1;
  for await (const r of records) yield map(r, ++line);
}
