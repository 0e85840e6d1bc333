/**
 * The contract of an artifact (one upload file of the checklist). Each artifact module
 * builds header + rows from its inputs; the export command writes them through src/csv.
 */
import type { Context } from '../context.js';
import type { Answers } from '../state/answers.js';
import type { Rows } from '../csv/writer.js';
import type { InputEncoding, OutputEncoding, WrittenFile } from '../csv/types.js';
import type { Text } from '../i18n/text.js';
import type { ColumnOverrides, InputFiles, InputName } from '../inputs.js';

export const ARTIFACTS = [
  'ne-goods',
  'ne-tags',
  'sc-goods',
  'sc-shipping-methods',
  'sc-payment-methods',
  'sc-item-map',
  'ne-mall-items',
  'cancel-list',
  'stock-diff',
] as const;
export type ArtifactName = (typeof ARTIFACTS)[number];

export interface ExportOptions {
  out?: string;
  encoding: OutputEncoding;
  force: boolean;
  dryRun: boolean;
  template?: string;
  only?: string;
  exclude?: string;
  hard?: string;
  /**
   * ne-tags: told, while rows stream, each code that carries [STOCKCREW連携対象] once the
   * upload is applied (step 9 records them as its evidence).
   */
  stockcrewCodes?: (code: string) => void;
  /** cancel-list: YYYY-MM-DD */
  before?: string;
  /** The encoding of the input files, when the operator names it (--input-encoding). */
  inputEncoding?: InputEncoding;
  /** The flag that names it, for the message when it cannot be told (none in the checklist). */
  inputEncodingFlag?: string;
}

export interface ExportRequest {
  artifact: ArtifactName;
  /** Absolute paths, already resolved from flags or saved answers. */
  inputs: InputFiles;
  columns: ColumnOverrides;
  answers: Answers;
  options: ExportOptions;
}

/**
 * What an artifact module produces. Rows stream: a producer pushing them into the writer
 * (the fast path for big inputs, usually from inside a scan of the input), or an iterable.
 */
export interface ArtifactOutput {
  header: readonly string[];
  rows: Rows;
  splitBytes?: number;
  /** Filled while rows stream; read after writing completes. */
  warnings: Text[];
}

export interface ArtifactModule {
  name: ArtifactName;
  step: number;
  /** Inputs that must be present (flag or saved answer). */
  needs: readonly InputName[];
  build(req: ExportRequest, ctx: Context): Promise<ArtifactOutput>;
}

export interface ExportResult {
  artifact: ArtifactName;
  files: WrittenFile[];
  warnings: Text[];
}
