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
