import { defineMessages } from './text.js';

/**
 * Messages of the tag upload's evidence: step 9's record of the goods STOCKCREW ships, the
 * goods the shop ships itself, and the check at steps 13 and 21 that the upload took.
 */
export const tagUploadText = defineMessages({
  notShippedTagged: {
    ja: '「{code}」はSTOCKCREWから出荷しない商品 ({source}) ですが、[STOCKCREW連携対象] が付いています。このままではこの商品の受注がSTOCKCREWに送られます。ネクストエンジンの商品マスタでタグを外すか、STOCKCREWから出荷しない商品の指定から外してください',
    en: '"{code}" is named as not shipped by STOCKCREW ({source}) but carries [STOCKCREW連携対象]: its orders would go to STOCKCREW. Remove the tag in Next Engine’s goods master, or take the code off the list of goods STOCKCREW does not ship',
  },
  atLine: { ja: '{file} {line} 行目: {problem}', en: '{file} line {line}: {problem}' },
  notShippedTaggedHint: {
    ja: 'タグを外す CSV は sc-setup export ne-tags で作れます (手順9)。アップロードした後に商品マスタCSVをダウンロードし直して、もう一度実行してください。何も書き出していません。',
    en: 'sc-setup export ne-tags writes the upload that removes the tag (step 9). Upload it, download the goods CSV again, then run again. Nothing was written.',
  },
  sourceCodes: { ja: 'tags.notShippedCodes', en: 'tags.notShippedCodes' },
  sourceTag: { ja: 'タグ {tag}', en: 'tag {tag}' },
  hardNotShipped: {
    ja: '「{code}」はハード資材で発送する商品 ({hard}) ですが、STOCKCREWから出荷しない商品 ({source}) にもなっています',
    en: '"{code}" is listed for hard packaging ({hard}) and also as not shipped by STOCKCREW ({source})',
  },
  hardNotShippedHint: {
    ja: 'ハード資材で発送する商品は STOCKCREW から出荷する商品です。どちらか一方の指定から外してください。',
    en: 'Goods packed in hard packaging are shipped by STOCKCREW: take the code off one of the two.',
  },
  recorded: {
    ja: 'STOCKCREWから出荷する商品 {count} 件、うち今回タグを付ける商品 {added} 件',
    en: '{count} goods shipped by STOCKCREW, {added} of them tagged by this upload',
  },
  taskConfirm: { ja: '手順9のタグが反映されているか確認', en: 'Check that the tags of step 9 arrived' },
  confirmed: { ja: '{count} 件すべてにタグがあります', en: 'all {count} carry the tag' },
  confirmProblems: { ja: '{count} 件が手順9と合いません', en: '{count} do not match step 9' },
  untaggedAfterUpload: {
    ja: '{file} では、手順9で [STOCKCREW連携対象] を付けた商品のうち {count} 件にタグがありません: {codes}',
    en: 'In {file}, {count} of the goods tagged [STOCKCREW連携対象] at step 9 lack the tag: {codes}',
  },
  missingFromFile: {
    ja: '{file} に、手順9で [STOCKCREW連携対象] を付けた商品のうち {count} 件がありません: {codes}',
    en: '{file} does not list {count} of the goods tagged [STOCKCREW連携対象] at step 9: {codes}',
  },
  untaggedHint: {
    ja: 'タグのアップロード (手順9の ne-tags.csv) がネクストエンジンで完了したかを確かめ、商品マスタCSVをダウンロードし直して指定してください。タグ登録前にダウンロードしたファイルでは確認できません。',
    en: 'Check in Next Engine that the tag upload (ne-tags.csv of step 9) finished, then download the goods CSV again and give that file. A file downloaded before the upload cannot show the tags.',
  },
  extraTagged: {
    ja: '手順9の後に [STOCKCREW連携対象] が付いた商品が {count} 件あります (例: {codes})。これらも STOCKCREW の対象に含めます',
    en: '{count} goods got [STOCKCREW連携対象] after step 9 (e.g. {codes}); they are included as goods STOCKCREW ships',
  },
  recordMissing: {
    ja: '手順9の記録 ({file}) がありません。手順9をやり直してください (`sc-setup step 9 --redo`)。',
    en: 'The record of step 9 ({file}) is missing: run step 9 again (`sc-setup step 9 --redo`).',
  },
  recordChanged: {
    ja: '手順9の記録 ({file}) が手順9の後に書き換えられています。手順9をやり直してください (`sc-setup step 9 --redo`)。',
    en: 'The record of step 9 ({file}) was changed after step 9: run step 9 again (`sc-setup step 9 --redo`).',
  },
  more: { ja: '…ほか {count} 件', en: '… and {count} more' },
});
