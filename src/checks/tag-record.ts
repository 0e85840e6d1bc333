/**
 * Evidence that the tag upload took. Step 9 records every code that carries
 * [STOCKCREW連携対象] once its upload is applied; steps 13 and 21 read the goods file
 * downloaded again after the upload and require each of those codes to carry the tag in it.
 * Only then are sc-goods and the item map built from that file, so that no product tagged
 * at step 9 is left out of either (the invariant the sample run and a property test check).
 *
 * The record is a file beside the state (500,000 codes would bloat sc-setup.json, which is
 * rewritten after every answer); the state keeps its sha256, so a changed record is noticed.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { openCsv, writeCsv } from '../csv/index.js';
import { GateError } from '../errors.js';
import { NE_GOODS_CODE, NE_GOODS_TAG, neGoodsExplicit } from '../formats/ne-goods.js';
import { hasTag, TARGET_TAG } from '../formats/tags.js';
import { tagUploadText as m } from '../i18n/tag-upload.js';
import type { Text } from '../i18n/text.js';
import { CompactCodes } from './compact-codes.js';
import type { NotShipped } from './not-shipped.js';

/** Where step 9's record lives, relative to the working folder. */
export const TAG_RECORD = path.join('evidence', 'step-09-stockcrew-codes.csv');
const HEADER = ['syohin_code'] as const;

/** What the goods file downloaded after the upload shows of each recorded code. */
const UNSEEN = 0;
const UNTAGGED = 1;
const TAGGED = 2;

/** What step 9 keeps in its evidence about the record. */
export interface TagRecordEvidence {
  record: string;
  codes: number;
  sha256: string;
}

export async function writeTagRecord(dir: string, codes: Iterable<string>): Promise<TagRecordEvidence> {
  const rows = (function* () {
    for (const code of codes) yield [code];
  })();
  const [file] = await writeCsv(rows, { out: path.join(dir, TAG_RECORD), encoding: 'utf8', force: true, dryRun: false, header: HEADER });
  return { record: TAG_RECORD, codes: file!.rows, sha256: file!.sha256 };
}

function isRecordEvidence(v: unknown): v is TagRecordEvidence {
  const e = v as Partial<TagRecordEvidence> | null;
  return typeof e?.record === 'string' && typeof e.sha256 === 'string' && typeof e.codes === 'number';
}

/** The codes step 9 recorded, each with value UNSEEN; a missing or altered record ends the step. */
async function readTagRecord(dir: string, evidence: unknown): Promise<CompactCodes> {
  const shown = TAG_RECORD;
  if (!isRecordEvidence(evidence)) throw new GateError(m.recordMissing({ file: shown }));
  const file = path.join(dir, evidence.record);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new GateError(m.recordMissing({ file: shown }));
  }
  if (createHash('sha256').update(bytes).digest('hex') !== evidence.sha256) throw new GateError(m.recordChanged({ file: shown }));
  const codes = new CompactCodes(false);
  const source = await openCsv(file, { columns: [NE_GOODS_CODE] });
  for await (const r of source.records()) if (codes.find(r.values.code!) < 0) codes.insert(r.values.code!, UNSEEN);
  return codes;
}

export interface TagConfirmation {
  /** Codes step 9 recorded. */
  expected: number;
  /** Recorded codes the file lists without the tag / does not list at all. */
  untagged: string[];
  absent: string[];
  /** Tagged codes that step 9 did not record (tagged by hand since): included, and said so. */
  extra: string[];
  /** Goods the shop ships itself that carry the tag. */
  notShippedTagged: string[];
}

export function confirmationHolds(c: TagConfirmation): boolean {
  return c.untagged.length === 0 && c.absent.length === 0 && c.notShippedTagged.length === 0;
}

/** Read the goods file downloaded after the upload against step 9's record. */
export async function confirmTagUpload(opts: {
  dir: string;
  /** Step 9's evidence (`tagged`). */
  evidence: unknown;
  goodsFile: string;
  neCodeColumn?: string;
  notShipped?: NotShipped;
}): Promise<TagConfirmation> {
  const expected = await readTagRecord(opts.dir, opts.evidence);
  const source = await openCsv(opts.goodsFile, {
    columns: [NE_GOODS_CODE, NE_GOODS_TAG],
    explicit: neGoodsExplicit(opts.neCodeColumn),
  });
  const extra: string[] = [];
  const notShippedTagged: string[] = [];
  for await (const r of source.records()) {
    const code = r.values.code!;
    const field = r.values.tag!;
    const tagged = hasTag(field, TARGET_TAG);
    const e = code === '' ? -1 : expected.find(code);
    if (e >= 0) {
      if (expected.valueAt(e) !== TAGGED) expected.setValue(e, tagged ? TAGGED : UNTAGGED);
    } else if (tagged && code !== '') extra.push(code);
    if (tagged && opts.notShipped?.has(code, field)) notShippedTagged.push(code);
  }
  const untagged: string[] = [];
  const absent: string[] = [];
  for (let e = 0; e < expected.size; e++) {
    const v = expected.valueAt(e);
    if (v === UNTAGGED) untagged.push(expected.codeAt(e));
    else if (v === UNSEEN) absent.push(expected.codeAt(e));
  }
  return { expected: expected.size, untagged, absent, extra, notShippedTagged };
}

const SHOWN = 20;

/** Codes as a message lists them: the first ones, then how many more. */
export function someCodes(codes: readonly string[], shown = SHOWN): Text {
  const head = codes.slice(0, shown).join(', ');
  if (codes.length <= shown) return { ja: head, en: head };
  const more = m.more({ count: codes.length - shown });
  return { ja: `${head} ${more.ja}`, en: `${head} ${more.en}` };
}
