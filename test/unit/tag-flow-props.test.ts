/**
 * Property: every product tagged for STOCKCREW at step 9 is in sc-goods and in the item
 * map, unless the operator said the shop ships it itself. Random shops (codes, existing
 * tags, goods named by code or by tag, hard packaging) go through the real modules: the
 * ne-tags export with step 9's record, an upload applied to the goods (faithfully, or with
 * rows lost), the confirmation of steps 13/21, and sc-goods / sc-item-map from the new file.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { confirmationHolds, confirmTagUpload, writeTagRecord } from '../../src/checks/tag-record.js';
import { loadNotShipped } from '../../src/checks/not-shipped.js';
import { runExport } from '../../src/exports/run.js';
import type { ArtifactName } from '../../src/exports/types.js';
import { HARD_TAG, hasTag, TARGET_TAG } from '../../src/formats/tags.js';
import type { Answers } from '../../src/state/answers.js';
import { fakeContext, tempDir } from '../helpers/context.js';
import { column } from '../helpers/invariant.js';

const OWN = '[自社発送]';
const TAG_POOL = ['[セール対象]', TARGET_TAG, HARD_TAG, OWN, '[ギフト対応]'];

interface Shop {
  goods: Array<{ code: string; tag: string }>;
  answers: Answers;
  /** Indexes of upload rows that do not take (the upload lost them). */
  lost: number[];
}

const shop: fc.Arbitrary<Shop> = fc
  .uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,7}$/), { minLength: 1, maxLength: 25, selector: (c) => c.toLowerCase() })
  .chain((codes) =>
    fc.record({
      goods: fc.tuple(...codes.map((code) => fc.subarray(TAG_POOL).map((tags) => ({ code, tag: tags.join('') })))),
      by: fc.constantFrom('none', 'codes', 'tag'),
      own: fc.subarray(codes),
      hard: fc.subarray(codes),
      lost: fc.array(fc.nat({ max: 30 }), { maxLength: 4 }),
    }),
  )
  .map(({ goods, by, own, hard, lost }) => {
    const answers: Answers = { 'tags.notShippedBy': by };
    if (by === 'codes') answers['tags.notShippedCodes'] = own;
    if (by === 'tag') answers['tags.notShippedTag'] = OWN;
    const shipsItself = (g: { code: string; tag: string }) => (by === 'codes' && own.includes(g.code)) || (by === 'tag' && hasTag(g.tag, OWN));
    // Step 9's check refuses goods the shop ships itself that carry the target tag, and
    // hard packaging for them: such shops never reach the upload.
    const kept = goods.map((g) => (shipsItself(g) ? { ...g, tag: g.tag.replaceAll(TARGET_TAG, '') } : g));
    answers['tags.hardCodes'] = hard.filter((c) => !shipsItself(kept.find((g) => g.code === c)!));
    return { goods: kept, answers, lost };
  });

const dir = tempDir('sc-setup-tagprops-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const ctx = fakeContext({ dir });

function goodsCsv(file: string, goods: Shop['goods']): void {
  fs.writeFileSync(file, 'syohin_code,syohin_name,tag\r\n' + goods.map((g) => `${g.code},name ${g.code},${g.tag}`).join('\r\n') + '\r\n');
}

async function exportTo(artifact: ArtifactName, goodsFile: string, answers: Answers, extra: { stockcrewCodes?: (c: string) => void } = {}): Promise<string> {
  const out = path.join(dir, `${artifact}.csv`);
  await runExport(
    { artifact, inputs: { neGoods: goodsFile }, columns: {}, answers, options: { out, encoding: 'utf8', force: true, dryRun: false, ...extra } },
    ctx,
  );
  return out;
}

/** Step 9, the upload (rows in `lost` do not take), and what steps 13 and 21 see. */
async function flow(s: Shop) {
  const before = path.join(dir, 'goods-before.csv');
  goodsCsv(before, s.goods);
  const recorded: string[] = [];
  const tags = await exportTo('ne-tags', before, s.answers, { stockcrewCodes: (c) => recorded.push(c) });
  const evidence = await writeTagRecord(dir, recorded);
  const upload = (await column(tags, 'syohin_code')).map((code, i) => [code, i] as const).filter(([, i]) => !s.lost.includes(i));
  const uploadTags = await column(tags, 'tag');
  const applied = new Map(upload.map(([code, i]) => [code, uploadTags[i]!]));
  const after = path.join(dir, 'goods-after.csv');
  goodsCsv(after, s.goods.map((g) => ({ code: g.code, tag: applied.get(g.code) ?? g.tag })));
  const notShipped = await loadNotShipped(s.answers, dir);
  const confirmation = await confirmTagUpload({ dir, evidence, goodsFile: after, notShipped });
  return { recorded, after, confirmation, uploadRows: uploadTags.length, notShipped };
}

describe('the tag flow (property)', () => {
  it('a faithful upload is confirmed, and then every product tagged at step 9 is in sc-goods and the item map, none the shop ships itself', async () => {
    await fc.assert(
      fc.asyncProperty(shop, async (s) => {
        const { recorded, after, confirmation, notShipped } = await flow({ ...s, lost: [] });
        expect(confirmationHolds(confirmation)).toBe(true);
        const scGoods = new Set(await column(await exportTo('sc-goods', after, s.answers), '商品コード'));
        const itemMap = new Set(await column(await exportTo('sc-item-map', after, s.answers), 'EC商品コード'));
        for (const code of recorded) {
          expect(scGoods.has(code), `${code} in sc-goods`).toBe(true);
          expect(itemMap.has(code), `${code} in the item map`).toBe(true);
        }
        for (const g of s.goods) {
          if (notShipped?.has(g.code, g.tag)) {
            expect(recorded).not.toContain(g.code);
            expect(scGoods.has(g.code) || itemMap.has(g.code), `${g.code} is the shop's own`).toBe(false);
          }
        }
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  it('an upload that lost rows is refused, naming exactly the products left without the tag', async () => {
    await fc.assert(
      fc.asyncProperty(shop, async (s) => {
        const { confirmation, uploadRows } = await flow(s);
        const lostCodes = s.lost.filter((i) => i < uploadRows);
        const tagged = new Set(s.goods.filter((g) => hasTag(g.tag, TARGET_TAG)).map((g) => g.code));
        // A lost row of a product that already had the target tag (only [SCハード資材発送] was added) leaves it tagged.
        const tags = path.join(dir, 'ne-tags.csv');
        const codes = await column(tags, 'syohin_code');
        const untagged = [...new Set(lostCodes.map((i) => codes[i]!))].filter((c) => !tagged.has(c));
        expect(new Set(confirmation.untagged)).toEqual(new Set(untagged));
        expect(confirmationHolds(confirmation)).toBe(untagged.length === 0);
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
