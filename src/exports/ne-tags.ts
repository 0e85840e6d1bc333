/** `export ne-tags` (step 9): the NE goods tag upload. */
import { readCodeList, openCsv, type RowSink } from '../csv/index.js';
import { UserError } from '../errors.js';
import { NE_GOODS_CODE, NE_GOODS_TAG, neGoodsExplicit } from '../formats/ne-goods.js';
import { displayPath } from '../checks/display-path.js';
import { loadNotShipped, type NotShipped } from '../checks/not-shipped.js';
import { exportText as m } from '../i18n/exports.js';
import { tagUploadText } from '../i18n/tag-upload.js';
import type { Text } from '../i18n/text.js';
import { CappedWarnings, SHOWN_PER_KIND as SHOWN } from './capped-warnings.js';
import { refuseEditedNeCode } from './goods-codes.js';
import { ListedCodes, type CodeList } from './listed-codes.js';
import { noteFormulaRow } from './formula-notice.js';
import { tagChange, tagPlanner, type TagSelection } from './ne-tags-transform.js';
import { inputReading } from './records.js';
import type { ArtifactModule, ExportRequest } from './types.js';

export const NE_TAGS_HEADER = ['syohin_code', 'tag'] as const;


async function readList(file: string | undefined, req: ExportRequest, dir: string): Promise<CodeList | undefined> {
  if (!file) return undefined;
  return { shown: displayPath(file, dir), ...(await readCodeList(file, inputReading(req))) };
}

/** Codes answered in the checklist (`tags.hardCodes`); "line" is the position in the answer. */
function answeredList(codes: unknown): CodeList | undefined {
  if (!Array.isArray(codes) || codes.length === 0) return undefined;
  const list = codes.map(String);
  return { shown: 'tags.hardCodes', codes: new Set(list), lines: new Map(list.map((c, i) => [c, i + 1])) };
}

function hardNotShipped(code: string, hard: CodeList, notShipped: NotShipped): UserError {
  return new UserError(tagUploadText.hardNotShipped({ code, hard: hard.shown, source: notShipped.source }), tagUploadText.hardNotShippedHint());
}

export const neTags: ArtifactModule = {
  name: 'ne-tags',
  step: 9,
  needs: ['neGoods'],
  async build(req, ctx) {
    const file = req.inputs.neGoods!;
    const shown = displayPath(file, ctx.dir);
    const warnings: Text[] = [];
    const [only, exclude, hardFile, notShipped] = await Promise.all([
      readList(req.options.only, req, ctx.dir),
      readList(req.options.exclude, req, ctx.dir),
      readList(req.options.hard, req, ctx.dir),
      loadNotShipped(req.answers, ctx.dir),
    ]);
    // Without --hard, the hard-packaging codes answered at step 9 apply, as they do in the checklist.
    const hard = hardFile ?? answeredList(req.answers['tags.hardCodes']);
    for (const code of hard?.codes ?? []) {
      if (exclude?.codes.has(code)) {
        throw new UserError(m.hardAndExcluded({ code, hard: hard!.shown, line: hard!.lines.get(code) ?? '' }), m.hardAndExcludedHint());
      }
      if (notShipped?.codes.has(code)) throw hardNotShipped(code, hard!, notShipped);
    }
    const sel: TagSelection = {
      only: only?.codes,
      exclude: exclude || notShipped ? { has: (code, tag) => Boolean(exclude?.codes.has(code) || notShipped?.has(code, tag)) } : undefined,
      hard: hard?.codes,
    };
    const stockcrew = req.options.stockcrewCodes;

    const source = await openCsv(file, {
      columns: [NE_GOODS_CODE, NE_GOODS_TAG],
      explicit: neGoodsExplicit(req.columns.neCodeColumn),
      ...inputReading(req),
    });
    // Codes named in the lists: each must name a product of the goods file, case included.
    const lists = [only, exclude, hard, notShipped?.codes.size ? notShipped : undefined].filter((l): l is CodeList => l !== undefined);
    const listed = lists.length > 0 ? new ListedCodes(lists) : undefined;
    let stray = 0;
    const formulas = new CappedWarnings(warnings, shown);

    // One synchronous callback per record, pushing straight into the writer: 500,000 rows
    // cost no promise each.
    async function rows(sink: RowSink): Promise<void> {
      const planOf = tagPlanner();
      await source.scan((r) => {
        const code = r.values.code!;
        const tag = r.values.tag!;
        refuseEditedNeCode(shown, r.line, code);
        listed?.see(code, r.line);
        // Goods marked by the shop's own tag are only known row by row.
        if (hard?.codes.has(code) && notShipped?.has(code, tag)) throw hardNotShipped(code, hard, notShipped);
        const plan = planOf(tag);
        const next = tagChange(code, tag, sel, plan);
        // Step 9's record: the codes that carry the target tag once this upload is applied.
        if (stockcrew && code !== '' && (next !== null || plan.tagged)) stockcrew(code);
        if (next === null) return;
        // NE replaces the whole field: text outside [ ] does not survive the upload.
        const text = plan.stray;
        if (text !== '' && stray++ < SHOWN) warnings.push(m.strayTagText({ file: shown, line: r.line, code, text }));
        const row: [string, string] = [code, next];
        noteFormulaRow(formulas, NE_TAGS_HEADER, row, shown, r.line, code);
        sink.row(row);
      }, () => sink.drain());
      formulas.finish();
      if (stray > SHOWN) warnings.push(m.strayTagMore({ file: shown, count: stray - SHOWN }));
      listed?.finish(shown, warnings);
    }
    return { header: NE_TAGS_HEADER, rows, warnings };
  },
};
