/** Small helpers shared by the artifact builders. */
import type { CsvRecord, ReadOptions } from '../csv/types.js';
import type { ExportRequest } from './types.js';

/** Typed rows from CSV records, lazily. */
export async function* mapRecords<T>(records: AsyncIterable<CsvRecord>, f: (r: CsvRecord) => T): AsyncGenerator<T> {
  for await (const r of records) yield f(r);
}

/** How the request says its input files are read: the encoding named by the operator, and the flag for it. */
export function inputReading(req: ExportRequest): Pick<ReadOptions, 'encoding' | 'encodingFlag'> {
  return { encoding: req.options.inputEncoding, encodingFlag: req.options.inputEncodingFlag };
}
