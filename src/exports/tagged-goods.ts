/**
 * The products STOCKCREW ships: NE goods rows carrying [STOCKCREW連携対象], each code once.
 * A repeated code would register the product twice in STOCKCREW or map one EC code twice
 * (the item map allows exactly one SC code per EC code), so later repeats are left out and
 * reported.
 */
import type { Context } from '../context.js';
import { openCsv } from '../csv/index.js';
import type { ColumnSpec, CsvRecord } from '../csv/types.js';
import { displayPath } from '../checks/display-path.js';
import { NE_GOODS_CODE, NE_GOODS_TAG, neGoodsExplicit } from '../formats/ne-goods.js';
import { hasTag, TARGET_TAG } from '../formats/tags.js';
import { exportText as m } from '../i18n/exports.js';
import type { Text } from '../i18n/text.js';
import { CappedWarnings } from './capped-warnings.js';
import type { Layout } from './layout.js';
import { resolveLayout } from './resolve-layout.js';
import type { ArtifactOutput, ExportRequest } from './types.js';

export type GoodsRecord = Pick<CsvRecord, 'line' | 'values'>;

/** A per-row test rather than a stream stage: large goods files pay no extra async layer. */
export class TaggedGoods {
  private readonly first = new Map<string, number>();
  private readonly w: CappedWarnings;

  constructor(
    private readonly shownFile: string,
    warnings: Text[],
  ) {
    this.w = new CappedWarnings(warnings, shownFile);
  }

  accept(r: GoodsRecord): boolean {
    const code = r.values.code ?? '';
    if (code === '' || !hasTag(r.values.tag ?? '', TARGET_TAG)) return false;
    const seen = this.first.get(code);
    if (seen !== undefined) {
      this.w.add('duplicate', m.duplicateGoods({ file: this.shownFile, line: r.line, code, first: seen }));
      return false;
    }
    this.first.set(code, r.line);
    return true;
  }

  finish(): void {
    this.w.finish();
  }
}

/**
 * The build of an SC artifact made from tagged NE goods (sc-goods, sc-item-map): its
 * layout, then the goods file read with the code, the tag and the detail columns the layout
 * needs, then `rows` over the tagged products.
 */
export async function buildFromTaggedGoods(
  req: ExportRequest,
  ctx: Context,
  spec: {
    fields: readonly string[];
    what: Text;
    /** Detail columns (besides code and tag) the layout uses. */
    details: (layout: Layout) => ColumnSpec[];
    rows: (records: AsyncIterable<GoodsRecord>, layout: Layout, shownFile: string, warnings: Text[]) => AsyncGenerator<string[]>;
  },
): Promise<ArtifactOutput> {
  const { layout, warnings } = await resolveLayout(req, ctx, spec.fields, spec.what);
  // Notices may also arrive while records stream (a late encoding decision).
  const all: Text[] = [...warnings];
  const source = await openCsv(req.inputs.neGoods!, {
    columns: [NE_GOODS_CODE, NE_GOODS_TAG, ...spec.details(layout)],
    explicit: neGoodsExplicit(req.columns.neCodeColumn),
    onNotice: (t) => all.push(t),
  });
  const shown = displayPath(req.inputs.neGoods!, ctx.dir);
  return { header: layout.header, rows: spec.rows(source.records(), layout, shown, all), warnings: all };
}
