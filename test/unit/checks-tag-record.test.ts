/**
 * Step 9's record of the codes it tagged, and the check at steps 13 and 21 that the goods
 * file downloaded after the upload carries [STOCKCREW連携対象] on each of them
 * (checks/tag-record.ts). A wrong answer here means a product missing from STOCKCREW's
 * master (orders for it never ship) or a product the shop ships itself sent to the
 * warehouse. Written from the survivors of the Stryker run over the file (test/MUTATION.md,
 * "src/checks: step 9's record, stock, mappings, go-live"). The goods file is NE's 商品マスタ
 * in its upload/download column names (syohin_code, syohin_name, tag).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { confirmationHolds, confirmTagUpload, someCodes, TAG_RECORD, writeTagRecord, type TagConfirmation } from '../../src/checks/tag-record.js';
import { GateError } from '../../src/errors.js';
import { tempDir } from '../helpers/context.js';
import { csvFile } from '../helpers/csv-file.js';

const T = '[STOCKCREW連携対象]';

function goods(dir: string, rows: Array<[string, string]>): string {
  return csvFile(dir, 'ne-goods-after.csv', ['syohin_code,syohin_name,tag', ...rows.map(([c, tag]) => `${c},マグカップ,${tag}`)]);
}

async function confirm(recorded: string[], rows: Array<[string, string]>, notShipped?: (code: string) => boolean): Promise<TagConfirmation> {
  const dir = tempDir();
  const evidence = await writeTagRecord(dir, recorded);
  return confirmTagUpload({
    dir,
    evidence,
    goodsFile: goods(dir, rows),
    notShipped: notShipped && { has: (code) => notShipped(code), source: { ja: '', en: '' }, codes: new Set(), shown: '', lines: new Map() },
  });
}

async function gateText(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof GateError) return e.text.en;
    throw e;
  }
  throw new Error('expected a GateError');
}

describe("step 9's record", () => {
  it('lives in evidence/step-09-stockcrew-codes.csv, UTF-8 (a code may hold Japanese), one code a line under syohin_code', async () => {
    const dir = tempDir();
    const e = await writeTagRecord(dir, ['mug-001', 'タオル-白']);
    expect(TAG_RECORD).toBe(path.join('evidence', 'step-09-stockcrew-codes.csv'));
    expect(e).toMatchObject({ record: TAG_RECORD, codes: 2 });
    const bytes = fs.readFileSync(path.join(dir, 'evidence', 'step-09-stockcrew-codes.csv'));
    expect(bytes.toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean)).toEqual(['syohin_code', 'mug-001', 'タオル-白']);
  });

  it('is refused when the evidence is missing, incomplete or not an object, when the file is gone, and when it changed', async () => {
    const dir = tempDir();
    const evidence = await writeTagRecord(dir, ['A']);
    const file = goods(dir, [['A', T]]);
    const missing = 'The record of step 9 (evidence/step-09-stockcrew-codes.csv) is missing: run step 9 again (`sc-setup step 9 --redo`).';
    for (const bad of [null, undefined, 'evidence', { record: evidence.record, sha256: evidence.sha256 }, { record: evidence.record, codes: 1 }, { sha256: evidence.sha256, codes: 1 }]) {
      expect(await gateText(confirmTagUpload({ dir, evidence: bad, goodsFile: file }))).toBe(missing.replace('evidence/', `evidence${path.sep}`));
    }
    fs.appendFileSync(path.join(dir, TAG_RECORD), 'B\r\n');
    expect(await gateText(confirmTagUpload({ dir, evidence, goodsFile: file }))).toBe(
      `The record of step 9 (${TAG_RECORD}) was changed after step 9: run step 9 again (\`sc-setup step 9 --redo\`).`,
    );
    fs.rmSync(path.join(dir, TAG_RECORD));
    expect(await gateText(confirmTagUpload({ dir, evidence, goodsFile: file }))).toBe(missing.replace('evidence/', `evidence${path.sep}`));
  });

  it('counts a code listed twice once', async () => {
    const c = await confirm(['A', 'B', 'A'], [['A', T], ['B', T]]);
    expect(c.expected).toBe(2);
    expect(confirmationHolds(c)).toBe(true);
  });
});

describe('the goods file downloaded after the upload', () => {
  it('matches codes exactly: a code whose case changed is absent, and the changed one is an extra', async () => {
    const c = await confirm(['abc-1'], [['ABC-1', T]]);
    expect(c).toMatchObject({ absent: ['abc-1'], extra: ['ABC-1'], untagged: [] });
    expect(confirmationHolds(c)).toBe(false);
  });

  it('keeps a code tagged once any of its rows carries the tag, and calls it untagged only when none does', async () => {
    const c = await confirm(['A', 'B'], [['A', T], ['A', ''], ['B', ''], ['B', '[セール対象]']]);
    expect(c).toMatchObject({ untagged: ['B'], absent: [] });
  });

  it('takes a row without a code for nothing: it neither confirms a recorded code nor counts as an extra', async () => {
    const c = await confirm(['A', 'B'], [['', T], ['A', T]]);
    expect(c).toMatchObject({ absent: ['B'], extra: [], untagged: [] });
  });

  it('lists as extra only tagged codes step 9 did not record', async () => {
    const c = await confirm(['A'], [['A', T], ['X', ''], ['Y', `[セール対象]${T}`]]);
    expect(c.extra).toEqual(['Y']);
    expect(confirmationHolds(c)).toBe(true);
  });

  it('does not hold while a product the shop ships itself carries the tag', async () => {
    const c = await confirm(['A'], [['A', T], ['SELF-1', T], ['SELF-2', '']], (code) => code.startsWith('SELF'));
    expect(c.notShippedTagged).toEqual(['SELF-1']);
    expect(confirmationHolds(c)).toBe(false);
    expect(confirmationHolds({ ...c, notShippedTagged: [] })).toBe(true);
  });
});

describe('codes in a message', () => {
  const codes = (n: number) => Array.from({ length: n }, (_, i) => `C${i + 1}`);
  it('lists up to twenty, then says how many more', () => {
    expect(someCodes(codes(20)).en).toBe(codes(20).join(', '));
    expect(someCodes(codes(22))).toEqual({ ja: `${codes(20).join(', ')} …ほか 2 件`, en: `${codes(20).join(', ')} … and 2 more` });
    expect(someCodes(codes(3), 2).en).toBe('C1, C2 … and 1 more');
  });
});
