import { defineMessages } from './text.js';

/** Messages of the order checks over a Next Engine 受注伝票 download (src/checks/orders.ts). */
export const orderText = defineMessages({
  heldConfirm: {
    ja: '伝票番号 {slip} は「確認待ち」で止まっています (確認チェック: 確認必要)。「印刷待ち」に進まない受注は STOCKCREW に届かないため、内容を確認して確認チェックを付けてください',
    en: 'Slip {slip} is held in 確認待ち (確認チェック asks for a check). A slip that never reaches 印刷待ち never reaches STOCKCREW: check it and tick 確認チェック',
  },
  heldDeposit: {
    ja: '伝票番号 {slip} は入金が確認できていないため、「入金待ち」で止まっている可能性があります (入金状況: {deposit}、支払方法: {payment})。「印刷待ち」に進まない受注は STOCKCREW に届きません。入金を確認したら入金済みにしてください',
    en: 'Slip {slip} has no payment recorded (入金状況: {deposit}, payment: {payment}), so it is probably held in 入金待ち. A slip that never reaches 印刷待ち never reaches STOCKCREW: mark it paid once the money is in',
  },
  heldByName: {
    ja: '伝票番号 {slip} は「{status}」で止まっています。「印刷待ち」に進まない受注は STOCKCREW に届きません',
    en: 'Slip {slip} is held in {status}. A slip that never reaches 印刷待ち never reaches STOCKCREW',
  },
  untagged: {
    ja: '伝票番号 {slip} の商品 {codes} に [STOCKCREW連携対象] タグがありません。1点でもタグのない商品がある受注は、STOCKCREW が伝票ごと取り込まず、タグのある商品 ({tagged}) も出荷されません (エラーも表示されません)。タグを付けるか、この受注は自社から出荷してください',
    en: 'On slip {slip}, these goods have no [STOCKCREW連携対象] tag: {codes}. STOCKCREW skips a slip with any untagged item as a whole, so the tagged items ({tagged}) are not shipped either, and nothing says so. Tag the goods, or ship this order yourself',
  },
  notInGoods: { ja: '{code} (商品マスタにない)', en: '{code} (not in the goods file)' },
  untaggedUnchecked: {
    ja: '開いている受注 {count} 件の商品すべてに [STOCKCREW連携対象] タグがあるかは確かめていません: {why}。1点でもタグのない商品がある受注は、STOCKCREW が伝票ごと取り込みません (エラーも表示されません)',
    en: 'Whether every item of the {count} open slips carries [STOCKCREW連携対象] was not checked: {why}. STOCKCREW skips a slip with any untagged item as a whole, and nothing says so',
  },
  uncheckedNoLineCode: {
    ja: '受注伝票CSVに明細の商品コードの列がありません (明細を含めてダウンロードし直してください)',
    en: 'the orders CSV has no per-line 商品コード column (download it again with the line items)',
  },
  uncheckedNoGoods: {
    ja: 'タグの列のある商品マスタCSVが指定されていません (--ne-goods で指定してください)',
    en: 'no goods CSV with a tag column was given (give one with --ne-goods)',
  },
  unknownConfirm: {
    ja: '{file} {line} 行目: {header}「{value}」は sc-setup の知らない確認チェックの値です (確認必要なし（非表示）・確認必要（表示）・確認済（表示）、または 0・1・2)',
    en: '{file} line {line}: {header} "{value}" is not a 確認チェック value sc-setup knows (確認必要なし（非表示）, 確認必要（表示）, 確認済（表示）, or 0, 1, 2)',
  },
  unknownDeposit: {
    ja: '{file} {line} 行目: {header}「{value}」は sc-setup の知らない入金状況の値です (未入金・一部入金・入金済み、または 0・1・2)',
    en: '{file} line {line}: {header} "{value}" is not a 入金状況 value sc-setup knows (未入金, 一部入金, 入金済み, or 0, 1, 2)',
  },
  unknownLineCancel: {
    ja: '{file} {line} 行目: {header}「{value}」は明細のキャンセルの値として知らない値です (有効・キャンセル、または 0・1)',
    en: '{file} line {line}: {header} "{value}" is not a line cancel value sc-setup knows (有効, キャンセル, or 0, 1)',
  },
  unknownHint: {
    ja: 'ネクストエンジンからダウンロードしたままの受注伝票CSVを指定してください。ネクストエンジンがこの値を実際に書き出している場合は、sc-setup の不具合として報告してください (この列の値の一覧は公開資料で確認できていません)。',
    en: 'Give the orders CSV exactly as downloaded from Next Engine. If Next Engine really writes this value, report it as a bug in sc-setup (no public list of this column’s values was found).',
  },
});

/** Step 28's check that step 27's slips were cancelled (src/checks/cancel-done.ts, src/checklist/cancel-actions.ts). */
export const cancelDoneText = defineMessages({
  task: { ja: '手順27のキャンセルを確認', en: 'Check that step 27’s slips are cancelled' },
  listMissing: {
    ja: '手順27のキャンセル一覧 {file} がありません。どの伝票をキャンセルするはずだったかが分からないため、受注連携を始められません',
    en: 'Step 27’s cancel list {file} is missing: which slips were to be cancelled is unknown, so order sync cannot start',
  },
  listChanged: {
    ja: '手順27のキャンセル一覧 {file} は、手順27で書き出した後に変更されています。どの伝票をキャンセルするはずだったかが確かでないため、受注連携を始められません',
    en: 'Step 27’s cancel list {file} was changed after step 27 wrote it: which slips were to be cancelled is no longer certain, so order sync cannot start',
  },
  listHint: {
    ja: 'sc-setup step 27 で一覧を作り直し、その伝票をネクストエンジンでキャンセルしてから、sc-setup continue を実行してください。',
    en: 'Run sc-setup step 27 to write the list again, cancel its slips in Next Engine, then run sc-setup continue.',
  },
  stillOpen: {
    ja: '{source} では、{day} より前の受注 {count} 件がまだキャンセルされていません (伝票番号 {slips})。このまま受注連携をONにすると、STOCKCREWの在庫がこれらの受注に引き当てられ、モール側で処理済みの注文を STOCKCREW が出荷するおそれがあります',
    en: 'In {source}, {count} slips ordered before {day} are still open (slips {slips}). With order sync ON, STOCKCREW stock would be allocated to them, and STOCKCREW could ship orders the mall handled long ago',
  },
  stillOpenHintFile: {
    ja: 'ネクストエンジンの [受注]→[受注伝票管理] でこれらの伝票をキャンセルしてください (注文ステータス自動キャンセルは OFF のまま: 手順27)。その後、受注伝票CSVをダウンロードし直し、sc-setup continue で指定してください (または sc-setup set files.neOrdersAfterCancel=<ファイル>)。',
    en: 'Cancel these slips in Next Engine [受注]→[受注伝票管理] (with 注文ステータス自動キャンセル still OFF: step 27). Then download the orders CSV again and give it to sc-setup continue (or sc-setup set files.neOrdersAfterCancel=<file>).',
  },
  stillOpenHintNe: {
    ja: 'ネクストエンジンの [受注]→[受注伝票管理] でこれらの伝票をキャンセルしてから (注文ステータス自動キャンセルは OFF のまま: 手順27)、sc-setup continue を実行してください。ネクストエンジンから読み直して確かめます。',
    en: 'Cancel these slips in Next Engine [受注]→[受注伝票管理] (with 注文ステータス自動キャンセル still OFF: step 27), then run sc-setup continue: it reads the orders from Next Engine again.',
  },
  absent: {
    ja: '{source} には、手順27でキャンセル対象にした伝票のうち {count} 件がありません (伝票番号 {slips})。キャンセルされたかどうかを確かめられません',
    en: '{source} lacks {count} of the slips step 27 listed for cancellation (slips {slips}): whether they were cancelled cannot be seen',
  },
  absentHint: {
    ja: '受注日が {day} より前の伝票と、キャンセル済みの伝票も含めて、受注伝票CSVをダウンロードし直してください。sc-setup continue で指定するか、sc-setup set files.neOrdersAfterCancel=<ファイル> で指定します。',
    en: 'Download the orders CSV again with the slips ordered before {day} and the cancelled slips included, and give it to sc-setup continue (or sc-setup set files.neOrdersAfterCancel=<file>).',
  },
  confirmed: {
    ja: '手順27の {count} 件の伝票がキャンセル済み (または出荷済み) であることを {source} で確認しました',
    en: 'the {count} slips of step 27 show as cancelled (or shipped) in {source}',
  },
  nothingListed: {
    ja: '手順27のキャンセル一覧は空でした。{day} より前の受注で残っているものもありません ({source})',
    en: 'step 27 listed no slip, and no slip ordered before {day} is open in {source}',
  },
  notConfirmed: { ja: 'キャンセルを確かめられない伝票が {count} 件あります', en: '{count} slips not shown as cancelled' },
  stepSkipped: {
    ja: '手順27は設定済みとして飛ばされているため、キャンセルの確認はしません',
    en: 'step 27 was skipped as already set up: there are no cancellations to check',
  },
});
