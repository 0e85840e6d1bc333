/**
 * The products STOCKCREW ships: NE goods rows carrying [STOCKCREW連携対象], each code once.
 * A repeated code would register the product twice in STOCKCREW or map one EC code twice
 * (the item map allows exactly one SC code per EC code), so later repeats are left out and
 * reported. Two codes equal but for upper/lower case stop the export: with both registered,
 * STOCKCREW's stock keeps being added in Next Engine (the seed's caution), and no choice of
 * one of them is ours to make.
 */
import type { Context } from '../context.js';
import { openCsv, type RowSink } from '../csv/index.js';
import type { ColumnSpec, CsvRecord } from '../csv/types.js';
import { CodeFilter, type FilterSize } from '../checks/code-filter.js';
import { CompactCodes } from '../checks/compact-codes.js';
import { displayPath } from '../checks/display-path.js';
import { UserError } from '../errors.js';
import { loadNotShipped } from '../checks/not-shipped.js';
import { tagUploadText } from '../i18n/tag-upload.js';
import { NE_GOODS_CODE, NE_GOODS_TAG, neGoodsExplicit } from '../formats/ne-goods.js';
import { hasTag, TARGET_TAG } from '../formats/tags.js';
import { exportText as m } from '../i18n/exports.js';
import type { Text } from '../i18n/text.js';
import { valueText } from '../i18n/values.js';
import { CappedWarnings } from './capped-warnings.js';
import { refuseEditedNeCode } from './goods-codes.js';
import { noteFormulaRow } from './formula-notice.js';
import type { Layout } from './layout.js';
import { inputReading } from './records.js';
import { resolveLayout } from './resolve-layout.js';
import type { ArtifactOutput, ExportRequest } from './types.js';

export type GoodsRecord = Pick<CsvRecord, 'line' | 'values'>;

/** The NE goods file as the rows of an SC artifact name it. */
export interface GoodsInput {
  shown: string;
  warnings: Text[];
  /** The header a column id was found under (for messages); undefined when unknown. */
  headerOf: (id: string) => string | undefined;
}

/**
 * Which codes are remembered exactly. `all`: every tagged code (one pass; a stream).
 * `filter`: none, only a Bloom filter; a code it may have seen is a suspect, and any
 * suspect means the file is read again. `only`: the suspects of such a first pass; a code
 * that occurs twice is always among them, so the result is the same as with `all`.
 */
type Memory = { kind: 'all' } | { kind: 'filter'; size?: FilterSize } | { kind: 'only'; suspects: CompactCodes };

/** A per-row test rather than a stream stage: large goods files pay no extra async layer. */
export class TaggedGoods {
  /**
   * First row of each remembered code, case folded so that case twins meet. Typed arrays,
   * not a Map of strings: 300,000 tagged codes in a Map cost 45 MB.
   */
  private readonly first = new CompactCodes(true);
  private readonly filter: CodeFilter | undefined;
  /** Codes the filter may have seen before (filter memory only). */
  readonly suspects = new CompactCodes(true);
  private readonly w: CappedWarnings;

  constructor(
    private readonly input: GoodsInput,
    private readonly memory: Memory = { kind: 'all' },
  ) {
    this.w = new CappedWarnings(input.warnings, input.shown);
    if (memory.kind === 'filter') this.filter = new CodeFilter(true, memory.size);
  }

  accept(r: GoodsRecord): boolean {
    const code = r.values.code ?? '';
    if (code === '' || !hasTag(r.values.tag ?? '', TARGET_TAG)) return false;
    refuseEditedNeCode(this.input.shown, r.line, code);
    if (this.filter) {
      if (this.filter.seenBefore(code)) this.suspects.findOrAdd(code, r.line);
      return true;
    }
    if (this.memory.kind === 'only' && this.memory.suspects.find(code) < 0) return true;
    const e = this.first.findOrAdd(code, r.line);
    if (this.first.added) return true;
    const seen = { code: this.first.codeAt(e), line: this.first.valueAt(e) };
    if (!this.first.isExactly(e, code)) {
      const params = { file: this.input.shown, code, line: r.line, other: seen.code, first: seen.line };
      throw new UserError(valueText.caseTwins(params), valueText.caseTwinsHint());
    }
    this.w.add('duplicate', m.duplicateGoods({ file: this.input.shown, line: r.line, code, first: seen.line }));
    return false;
  }

  /** An accepted row as it is written: cells Excel would read as formulas are noted. */
  written(header: readonly string[], row: string[], r: GoodsRecord): string[] {
    noteFormulaRow(this.w, header, row, this.input.shown, r.line, r.values.code!);
    return row;
  }

  finish(): void {
    this.w.finish();
  }
}

/**
 * The build of an SC artifact made from tagged NE goods (sc-goods, sc-item-map): its
 * layout, then the goods file read with the code, the tag and the detail columns the layout
 * needs, then `row` for each tagged product, pushed into the writer as the file streams.
 */
export async function buildFromTaggedGoods(
  req: ExportRequest,
  ctx: Context,
  spec: {
    fields: readonly string[];
    /** Fields a downloaded template must have a column for (the rows' keys). */
    keys: readonly string[];
    what: Text;
    /** Detail columns (besides code and tag) the layout uses. */
    details: (layout: Layout) => ColumnSpec[];
    /** What the operator must know about the file, once its layout is known. */
    notes?: (layout: Layout) => Text[];
    /** The output row of one tagged product. */
    row: (record: GoodsRecord, layout: Layout, input: GoodsInput) => string[];
  },
): Promise<ArtifactOutput> {
  const { layout, warnings } = await resolveLayout(req, ctx, spec.fields, spec.what, spec.keys);
  const source = await openCsv(req.inputs.neGoods!, {
    columns: [NE_GOODS_CODE, NE_GOODS_TAG, ...spec.details(layout)],
    explicit: neGoodsExplicit(req.columns.neCodeColumn),
    ...inputReading(req),
    // The details of untagged rows are never decoded.
    gate: { columns: ['code', 'tag'], test: (v) => v.code !== '' && hasTag(v.tag ?? '', TARGET_TAG) },
  });
  const input: GoodsInput = { shown: displayPath(req.inputs.neGoods!, ctx.dir), warnings, headerOf: (id) => source.headerOf(id) };
  // The layout writes a column the goods file does not have (a tag upload given for the
  // goods download, say): every row would go out with it empty. Said once, by column.
  const absent = spec.details(layout).filter((c) => !source.has(c.id));
  if (absent.length > 0) warnings.push(m.goodsColumnsAbsent({ file: input.shown, columns: absent.map((c) => c.headers.join(' / ')).join(', ') }));
  warnings.push(...(spec.notes?.(layout) ?? []));
  // A product step 9 names as shipped by the shop must not carry the tag: its orders would
  // go to STOCKCREW. Steps 13 and 21 stop on it; so does the export on its own.
  const notShipped = await loadNotShipped(req.answers, ctx.dir);
  const pass = async (sink: RowSink, tagged: TaggedGoods): Promise<void> => {
    await source.scan((r) => {
      if (notShipped?.has(r.values.code!, r.values.tag ?? '')) {
        const problem = tagUploadText.notShippedTagged({ code: r.values.code!, source: notShipped.source });
        throw new UserError(tagUploadText.atLine({ file: input.shown, line: r.line, problem }), tagUploadText.notShippedTaggedHint());
      }
      if (tagged.accept(r)) sink.row(tagged.written(layout.header, spec.row(r, layout, input), r));
    }, () => sink.drain());
  };
  const rows = async (sink: RowSink): Promise<void> => {
    let memory: Memory = { kind: 'all' };
    if (source.rereadable && sink.restart) {
      // Memory flat in the number of rows: a filter first; the file is read again only if
      // some code may repeat (a real duplicate, or about one false alarm in a million).
      const shownSoFar = warnings.length;
      const first = new TaggedGoods(input, { kind: 'filter' });
      let failure: unknown;
      try {
        await pass(sink, first);
      } catch (e) {
        // With no suspect so far, every row up to here was what the exact pass writes:
        // the error is the same. Otherwise the exact pass decides (a repeat it leaves out
        // may be the row that failed).
        if (first.suspects.size === 0) throw e;
        failure = e;
      }
      if (first.suspects.size === 0 && failure === undefined) return first.finish();
      await sink.restart();
      warnings.length = shownSoFar;
      memory = { kind: 'only', suspects: first.suspects };
    }
    const tagged = new TaggedGoods(input, memory);
    await pass(sink, tagged);
    tagged.finish();
  };
  return { header: layout.header, rows, warnings };
}
