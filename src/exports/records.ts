/** Small stream helpers shared by the artifact builders. */
import type { CsvRecord } from '../csv/types.js';

/** Typed rows from CSV records, lazily. */
export async function* mapRecords<T>(records: AsyncIterable<CsvRecord>, f: (r: CsvRecord) => T): AsyncGenerator<T> {
  for await (const r of records) yield f(r);
}

