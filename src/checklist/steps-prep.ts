/**
 * Steps 1–23, 事前設定 (preparation). STOCKCREW and Next Engine work runs in parallel
 * here, so `requires` only names what a step truly builds on.
 */
import { notShipping, OTHER_MALLS, Q } from './questions.js';
import type { Step } from './types.js';
import type { Answers } from '../state/answers.js';

const emptyList = (answers: Answers, key: string): boolean => {
  const v = answers[key];
  return Array.isArray(v) && v.length === 0;
};

const CODE_CASE = {
  ja: '登録した商品コードの大文字・小文字は後から変えないでください。商品一括登録で変更できてしまいますが、変えるとSTOCKCREWの在庫でネクストエンジンの在庫を更新するたびに、在庫数が加算され続けることがあります。',
  en: 'Never change the upper/lower case of a product code once registered. 商品一括登録 lets you, but STOCKCREW stock updates may then keep ADDING stock in Next Engine.',
};

const NO_SECRETS = {
  ja: 'パスワードやAPIキーはブラウザの画面にだけ入力します。sc-setup はそれらを尋ねず、記録もしません。',
  en: 'Passwords and API keys go into the browser only: sc-setup never asks for them and never stores them.',
};

export const PREP_STEPS: Step[] = [
  {
    n: 1,
    key: 'sc-user-registration',
    owner: 'SC',
    phase: 'prep',
    title: { ja: 'ユーザー登録', en: 'User registration' },
    guidance: {
      ja: 'STOCKCREWと契約し、届いた案内に沿ってSTOCKCREWのシステムにユーザー登録します。会社コード (100で始まる6桁) は、STOCKCREWの管理画面にログインすると表示されるので、それをここに記録します。ヤマトフルフィルメントから切り替える場合は、その旨も答えてください。STOCKCREWが取り込む発送方法と代金引換の可否 (手順14) が変わります。',
      en: 'Sign the STOCKCREW contract and register a user in the STOCKCREW system as their mail explains. The company code (6 digits starting with 100) is shown in the STOCKCREW admin once you log in: record it here. Say whether you are moving from Yamato Fulfillment: it decides which shipping methods STOCKCREW takes and whether cash on delivery is available (step 14).',
    },
    cautions: [NO_SECRETS],
    requires: [],
    asks: [Q.companyCode, Q.fromYamatoFF],
    manuals: [{ url: 'https://goqsystem.com/manual/177380' }, { url: 'https://knowledge.stockcrew.co.jp/help/arrival-rule_packing' }],
  },
  {
    n: 2,
    key: 'sc-login',
    owner: 'SC',
    phase: 'prep',
    title: { ja: 'ログイン', en: 'Log in' },
    guidance: {
      ja: '登録したユーザーでSTOCKCREWの管理画面にログインします。STOCKCREW側の手順 (3・4・13〜16・21・24・25・28) はすべてこの管理画面で行います。',
      en: 'Log in to the STOCKCREW admin with the registered user. Every STOCKCREW step (3, 4, 13–16, 21, 24, 25, 28) is done in this admin.',
    },
    cautions: [NO_SECRETS],
    requires: [1],
    asks: [Q.loggedIn],
    doneByAnswer: true,
  },
  {
    n: 3,
    key: 'sc-shop',
    owner: 'SC',
    phase: 'prep',
    title: { ja: '店舗の登録', en: 'Register the shop' },
    guidance: {
      ja: 'STOCKCREWの管理画面で「店舗の登録」を開き、ネクストエンジンと連携するための店舗を登録します (既にあれば編集します)。同じ画面の「API連携」にある「連携ON/OFF」は、すべて「OFF」にしてから保存します。登録した店舗名を記録します。',
      en: 'In the STOCKCREW admin open 店舗の登録 and register the shop that will connect to Next Engine (edit it if it exists). On the same screen, under API連携, set every 連携ON/OFF switch to OFF before saving. Record the shop name.',
    },
    cautions: [
      {
        ja: 'ネクストエンジン連携用の店舗は1つだけ作ります。2つ目は作りません。',
        en: 'Create exactly one shop for Next Engine; never a second one.',
      },
      {
        ja: '「連携ON/OFF」はこの時点ではすべてOFFです。ONにするのは手順24 (在庫更新) と手順28 (受注取得・受注更新) だけで、商品対応表と在庫が揃う前に連携を動かさないためです。',
        en: 'All 連携ON/OFF switches stay OFF for now. Only step 24 (在庫更新) and step 28 (受注取得, 受注更新) turn them on, so that nothing syncs before the item map and stock are in place.',
      },
    ],
    requires: [2],
    asks: [Q.scShopName, Q.singleShop],
    danger: [
      {
        id: 'sc-toggles-off',
        word: 'OFF',
        prompt: {
          ja: 'STOCKCREWの店舗の「API連携」で、「連携ON/OFF」がすべてOFFになっていることを画面で確認してください。確認できたら OFF と入力してください。',
          en: 'Check on screen that every 連携ON/OFF switch under API連携 of the STOCKCREW shop is OFF. When it is, type OFF.',
        },
      },
    ],
  },
  {
    n: 4,
    key: 'sc-api-ne',
    owner: 'SC',
    phase: 'prep',
    title: { ja: 'ネクストエンジンとのAPI連携設定', en: 'API connection to Next Engine' },
    guidance: {
      ja: 'STOCKCREWの管理画面で「ネクストエンジンとのAPI連携設定をする」を開き、案内に沿ってネクストエンジンとの接続を許可します。操作の最後の「在庫連携先拠点設定」では、ネクストエンジンに拠点を追加していればその拠点を、追加していなければ「基本拠点」を選びます。選んだ拠点名を記録します。',
      en: 'In the STOCKCREW admin open ネクストエンジンとのAPI連携設定をする and allow the connection to Next Engine as the screens guide. At the end, in 在庫連携先拠点設定, choose the location you added in Next Engine, or 基本拠点 if you added none. Record the location you chose.',
    },
    cautions: [
      {
        ja: '「連携ON/OFF」の項目はすべてOFFのままにします。ここではONにしません。',
        en: 'Leave every 連携ON/OFF switch OFF: nothing is turned on here.',
      },
      {
        ja: '後からネクストエンジンに拠点を追加した場合 (手順8) は、「在庫連携先拠点設定」をその拠点に合わせ直してください。',
        en: 'If you add a location in Next Engine later (step 8), set 在庫連携先拠点設定 to that location again.',
      },
      NO_SECRETS,
    ],
    requires: [3],
    asks: [Q.stockLocation],
    manuals: [{ title: '【STOCKCREW】API連携を行うための設定(ネクストエンジン)' }],
    uses: [Q.locations.key],
  },
  {
    n: 5,
    key: 'ne-shop',
    owner: 'NE',
    phase: 'prep',
    title: { ja: '店舗の登録', en: 'Register the shop' },
    guidance: {
      ja: 'ネクストエンジンに、運営しているYahoo!ショッピングのストアを店舗として登録します。店舗名はネクストエンジンの中での呼び名で、受注伝票や設定画面に表示されます。モール、ネクストエンジンでの店舗名、Yahoo!ショッピングのストアアカウントを記録します。',
      en: 'Register your Yahoo!Shopping store as a shop in Next Engine. The shop name is what Next Engine calls it on order slips and settings screens. Record the mall, the Next Engine shop name and the Yahoo!Shopping store account.',
    },
    cautions: [OTHER_MALLS],
    requires: [],
    asks: [Q.mall, Q.neShopName, Q.yahooStoreAccount],
    manuals: [{ url: 'https://developer.yahoo.co.jp/webapi/shopping/setStock.html' }],
    existingUserSkip: true,
  },
  {
    n: 6,
    key: 'ne-api',
    owner: 'NE',
    phase: 'prep',
    title: { ja: 'APIの設定', en: 'API settings' },
    guidance: {
      ja: 'ストアクリエイターProの [設定]→[暗号鍵管理] で公開鍵を発行します (ツール管理権限のあるIDで操作します)。その公開鍵とバージョンを、ネクストエンジンの [設定]→[基本]→[API] でYahoo!ショッピングの店舗に登録します。続けて [Y!ログイン] から、注文管理権限のあるYahoo! JAPAN IDで認可し、使う「利用機能」を選びます。認可した日と、公開鍵の有効期限を記録すると、sc-setup が更新の時期を知らせます。',
      en: 'In Store Creator Pro, issue a public key under [設定]→[暗号鍵管理] (with an ID that has ツール管理権限). Register that key and its version for the Yahoo!Shopping shop in Next Engine under [設定]→[基本]→[API]. Then authorise through [Y!ログイン] with a Yahoo! JAPAN ID that has 注文管理権限, and choose the 利用機能 you use. Record the authorisation date and the key’s expiry date (有効期限): sc-setup then reminds you when to renew.',
    },
    cautions: [
      {
        ja: 'Yahoo!ショッピングのAPIは4週間ごとに再認可が必要です。期限が切れるとAPIでの受注・在庫の連携ができなくなるので、認可した日から4週間後を予定に入れてください。',
        en: 'The Yahoo!Shopping API must be re-authorised every 4 weeks; once it lapses, orders and stock no longer sync through the API. Put the date 4 weeks after authorisation in your calendar.',
      },
      {
        ja: '公開鍵は1年ごとに更新が必要です。有効期限はストアクリエイターProの [暗号鍵管理] に表示されます。証明書は2023年7月27日に廃止されたので、証明書の手続きはありません。',
        en: 'The public key must be renewed every year; its expiry date shows under [暗号鍵管理] in Store Creator Pro. Certificates were abolished on 2023-07-27: there is no certificate to handle.',
      },
      NO_SECRETS,
    ],
    requires: [5],
    asks: [Q.apiAuthorizedAt, Q.keyExpiresAt],
    actions: [{ kind: 'apiReminders' }],
    manuals: [
      { url: 'https://manual.next-engine.net/main/stock/stk_settei-unyou/zaiko_yahoo/10681/' },
      { url: 'https://manual.next-engine.net/main/stock/stk_settei-unyou/zaiko_yahoo/21128/' },
      { url: 'https://manual.next-engine.net/main/stock/stk_settei-unyou/zaiko_yahoo/10629/' },
    ],
    existingUserSkip: true,
  },
  {
    n: 7,
    key: 'ne-goods',
    owner: 'NE',
    phase: 'prep',
    title: { ja: '商品の登録', en: 'Register the goods' },
    guidance: {
      ja: 'ストアクリエイターProから在庫CSV (quantity.csv) と商品CSV (data.csv) をダウンロードして指定します。sc-setup がネクストエンジンの商品一括登録用CSV (ne-goods) を作るので、ネクストエンジンの商品一括登録からアップロードします。オプションのない商品はYahoo!の code が、オプションのある商品は sub-code がネクストエンジンの商品コードになり、code は代表商品コードになります。ネクストエンジンに既に商品がある場合は、今の商品マスタCSVも指定すると、まだない商品コードだけを書き出し、登録済みの商品名や原価を上書きしません。登録が済んだら、ネクストエンジンから商品マスタCSVをダウンロードしておきます (手順9で使います)。',
      en: 'Download the quantity CSV (quantity.csv) and the item data CSV (data.csv) from Store Creator Pro and give both files. sc-setup writes the Next Engine bulk registration CSV (ne-goods); upload it in Next Engine’s 商品一括登録. An item without options gets its Yahoo code as the Next Engine product code; with options each sub-code becomes a product code and the code becomes the 代表商品コード. If Next Engine already holds goods, also give its current goods CSV: only codes not yet in Next Engine are written, so no registered name or cost is overwritten. Once registered, download the goods CSV from Next Engine (step 9 uses it).',
    },
    cautions: [
      CODE_CASE,
      {
        ja: '商品コードに使えるのは半角英数字・ハイフン(-)・アンダーバー(_)で30文字以内です。ヤフオク!に出品している間、またはヤマトフルフィルメント(CSV連携)を使っている間は20文字以内です (STOCKCREWに切り替えた後は30文字まで使えます)。Yahoo!ショッピングの商品コードにはアンダーバーが使えません。',
        en: 'Product codes are half-width letters, digits, hyphen and underscore, at most 30 characters; at most 20 while the account sells on ヤフオク! or uses ヤマトフルフィルメント (CSV連携) (after the move to STOCKCREW, 30 again). Yahoo!Shopping codes cannot contain an underscore.',
      },
      {
        ja: 'このCSVは新規登録用で、在庫数は含めません。在庫はSTOCKCREWから反映させます (手順24〜26)。',
        en: 'This CSV registers new goods and carries no stock counts: stock comes from STOCKCREW (steps 24–26).',
      },
    ],
    requires: [5],
    asks: [Q.yahooQuantity, Q.yahooData, Q.supplierCode, Q.sellsOnYahuoku, Q.neHasGoods, Q.neGoodsBefore],
    actions: [{ kind: 'export', artifact: 'ne-goods' }],
    manuals: [
      { url: 'https://manual.next-engine.net/main/product/prd_shohin-code/11824/' },
      { url: 'https://manual.next-engine.net/main/page/pg_master/23779' },
    ],
    existingUserSkip: true,
  },
  {
    n: 8,
    key: 'ne-locations',
    owner: 'NE',
    phase: 'prep',
    title: { ja: '拠点マスタの追加', en: 'Add locations' },
    guidance: {
      ja: '1つの商品の在庫を拠点ごとに分けて管理する場合だけ、ネクストエンジンの拠点マスタに拠点を追加し、その名前を記録します (最大10件)。商品を保管する場所が1か所なら設定は不要です。拠点を空のままにすると、この手順は「不要」として飛ばします。',
      en: 'Only if one product’s stock is kept per location, add the locations to Next Engine’s 拠点マスタ and record their names (up to 10). With a single storage place nothing is needed: leave the list empty and the step is skipped.',
    },
    cautions: [
      {
        ja: '拠点を追加したら、STOCKCREWの「在庫連携先拠点設定」(手順4) をその拠点に合わせてください。',
        en: 'After adding a location, set STOCKCREW’s 在庫連携先拠点設定 (step 4) to it.',
      },
      {
        ja: '追加した拠点は、Yahoo!ショッピングの店舗と紐づけ、商品をその拠点に追加しておきます。紐づいていない拠点の在庫はYahoo!ショッピングに反映されません。手順26ではその拠点の在庫数を照合します。',
        en: 'Link the added location to the Yahoo!Shopping shop and add the goods to it: stock of a location not linked to the shop is not pushed to Yahoo!Shopping. Step 26 compares that location’s stock.',
      },
    ],
    requires: [],
    asks: [Q.locations],
    skipWhen: (answers) => emptyList(answers, Q.locations.key),
    manuals: [{ url: 'https://manual.next-engine.net/main/product/prd_zaiko-kyoten/50804/' }],
    existingUserSkip: true,
  },
  {
    n: 9,
    key: 'ne-tags',
    owner: 'NE',
    phase: 'prep',
    title: { ja: '商品分類タグの登録', en: 'Register product tags' },
    guidance: {
      ja: 'STOCKCREWから出荷する商品すべてに、商品分類タグ [STOCKCREW連携対象] を付けます。STOCKCREWの梱包は標準でソフト (簡易包装) なので、箱で送りたい商品には [SCハード資材発送] も付けます。ダウンロードした商品マスタCSVと、ハード資材で送る商品コードを指定すると、sc-setup がタグの変わる行だけのCSV (ne-tags) を作ります。既存のタグは残して追加するので、そのまま商品一括登録でアップロードできます。自社から発送する商品を指定すると、その商品にはタグを付けません (既にタグが付いていれば、外すよう知らせます)。アップロードが済んだら、商品マスタCSVをもう一度ダウンロードしておきます (手順13・21で、タグが反映されたかをそのファイルで確かめます)。',
      en: 'Give every item shipped by STOCKCREW the product tag [STOCKCREW連携対象]. STOCKCREW packs in soft packaging by default, so items that must ship in a box also get [SCハード資材発送]. Give the downloaded goods CSV and the codes for hard packaging: sc-setup writes a CSV (ne-tags) with only the rows whose tags change, keeping existing tags, ready for 商品一括登録. Goods you name as shipped by yourself get no tag (if one already carries it, you are told to remove it). Once uploaded, download the goods CSV again: steps 13 and 21 check in it that the tags arrived.',
    },
    cautions: [
      {
        ja: 'タグは角かっこ [ ] も含めて、半角で一字一句同じに登録します。全角の［］や空白が混じると、その商品を含む受注をSTOCKCREWは取り込みません。',
        en: 'Tags include their half-width brackets [ ] and must match to the character. With full-width ［］ or a space, STOCKCREW does not take orders containing the item.',
      },
      {
        ja: '[SCハード資材発送] だけを付けるのは誤りです。ハード資材で送る商品にも [STOCKCREW連携対象] が必要です。',
        en: '[SCハード資材発送] alone is an error: items shipped in a box need [STOCKCREW連携対象] as well.',
      },
      {
        ja: '1つの受注に1点でもタグのない商品があると、その受注はSTOCKCREWに連携されず、エラーも表示されません。',
        en: 'If any item of an order lacks the tag, the whole order is not passed to STOCKCREW, and no error is shown.',
      },
      {
        ja: 'CSVでタグを上書きすると、既存のタグが消える可能性があります。手作業のCSVをアップロードするときは、既存のタグも含めてください。',
        en: 'Uploading tags by CSV may replace the existing ones: a hand-made CSV must include the existing tags too.',
      },
    ],
    requires: [7],
    asks: [Q.neGoods, Q.notShippedBy, Q.notShippedCodes, Q.notShippedFile, Q.notShippedTag, Q.hardCodes],
    manuals: [{ url: 'https://knowledge.stockcrew.co.jp/help/apialignment/next-engine/attention' }],
    // The code-length rule depends on the move from Yamato Fulfillment (step 1).
    uses: [Q.fromYamatoFF.key],
    actions: [{ kind: 'check', families: ['tags', 'code-format', 'code-case', 'duplicates'] }, { kind: 'tagUpload' }, { kind: 'neEvidence', what: 'tags' }],
  },
  {
    n: 10,
    key: 'ne-order-mail',
    owner: 'NE',
    phase: 'prep',
    title: { ja: '受注メールの取込設定', en: 'Order-mail import' },
    guidance: {
      ja: '購入時にYahoo!ショッピングから購入者に送られる注文メールが、ネクストエンジンの受注メール取込用アドレスにも届くように設定し、そのアドレスを記録します。これでほぼリアルタイムに受注が取り込まれ、在庫の引当ができるようになります。テスト注文を1件行い、[受注]→[受注伝票管理] の「新規受付」に表示されることを確かめます。',
      en: 'Set Yahoo!Shopping so that the order mail sent to buyers also reaches Next Engine’s order-mail import address, and record that address. Orders then arrive almost in real time and stock can be allocated. Place one test order and check that it shows under 新規受付 in [受注]→[受注伝票管理].',
    },
    cautions: [
      {
        ja: 'テスト注文をネクストエンジンでキャンセルする前に、手順27の「注文ステータス自動キャンセル」がOFFであることを確かめてください。ONのままだとYahoo!ショッピングの注文もキャンセルされます。',
        en: 'Before cancelling the test order in Next Engine, make sure 注文ステータス自動キャンセル (step 27) is OFF; while it is ON the Yahoo!Shopping order is cancelled too.',
      },
    ],
    requires: [5],
    asks: [Q.orderMailAddress, Q.neShopNameForTestOrder, Q.testOrderSeen],
    actions: [{ kind: 'neEvidence', what: 'testOrder' }],
    manuals: [{ title: '【ネクストエンジン】受注メールの取込設定【Yahoo!ショッピング】' }],
    existingUserSkip: true,
  },
  {
    n: 11,
    key: 'ne-method-mapping',
    owner: 'NE',
    phase: 'prep',
    title: { ja: '配送方法・支払方法の紐づけ', en: 'Map shipping and payment methods' },
    guidance: {
      ja: 'ネクストエンジンで、Yahoo!ショッピングの「配送方法」「支払方法」の名称を、ネクストエンジンの発送方法・支払方法に紐づけます。紐づけた組をここに「Yahoo!の名前=ネクストエンジンの名前」で記録します。記録した名前が、STOCKCREWの配送方法マスタ (手順14) と支払方法マスタ (手順16) の元になります。',
      en: 'In Next Engine, map the Yahoo!Shopping shipping and payment names to Next Engine’s 発送方法 and 支払方法. Record each pair here as "Yahoo name=Next Engine name". These names feed STOCKCREW’s shipping master (step 14) and payment master (step 16).',
    },
    cautions: [
      {
        ja: 'STOCKCREWは、発送方法が紐づいていない受注を取り込みません。Yahoo!ショッピングで使っている配送方法はすべて紐づけてください。',
        en: 'STOCKCREW does not take orders whose shipping method is not mapped: map every shipping method your store uses.',
      },
      {
        ja: 'STOCKCREWが初期値で紐づけているのは、ヤマト(発払い)B2v6・ヤマト(発払い)B2v5 (STOCKCREWの「ヤマト運輸 ソフト」) とヤマト(ネコポス) (「ネコポスソフト」) です。ヤマトフルフィルメントから切り替える場合はこの3つだけが取り込まれます。それ以外の店舗は、ほかの発送方法を手順14で追加できます。',
        en: 'STOCKCREW maps by default ヤマト(発払い)B2v6 and ヤマト(発払い)B2v5 (STOCKCREW’s 「ヤマト運輸 ソフト」) and ヤマト(ネコポス) (「ネコポスソフト」). Shops moving from Yamato Fulfillment get only these three taken; other shops can add more methods at step 14.',
      },
    ],
    requires: [5],
    asks: [Q.shippingMap, Q.paymentMap, Q.shippingMethods, Q.paymentMethods],
    actions: [{ kind: 'neEvidence', what: 'methods' }],
    manuals: [{ url: 'https://knowledge.stockcrew.co.jp/help/apialignment/next-engine/attention' }],
    existingUserSkip: true,
  },
  {
    n: 12,
    key: 'ne-delivery-time',
    owner: 'NE',
    phase: 'prep',
    title: { ja: '配達希望日・時間指定の取込設定', en: 'Delivery date and time-slot import' },
    guidance: {
      ja: '購入者が指定した配達希望日と時間指定を正しく取り込むため、ネクストエンジンの [設定]→[受注]→[備考欄変換] で、Yahoo!ショッピングの時間指定の表記をネクストエンジンの時間指定に変換する設定をします。設定した組を「Yahoo!の表記=ネクストエンジンの表記」で記録すると、右側が配送会社の時間帯区分にあるかを確かめます。',
      en: 'So that the delivery date and time slot chosen by the buyer arrive correctly, set Next Engine’s [設定]→[受注]→[備考欄変換] to convert Yahoo!Shopping’s time-slot labels into Next Engine’s. Record each pair as "Yahoo label=Next Engine label": sc-setup checks that the right side is one of the carriers’ time-slot labels.',
    },
    cautions: [
      {
        ja: '時間帯の区分は配送会社で違います。ヤマト運輸は 指定なし・午前中・14時-16時・16時-18時・18時-20時・19時-21時、佐川急便はこれに 12時-14時・18時-21時 が加わります。',
        en: 'Time slots differ by carrier: Yamato has 指定なし, 午前中, 14時-16時, 16時-18時, 18時-20時, 19時-21時; Sagawa adds 12時-14時 and 18時-21時.',
      },
    ],
    requires: [5],
    asks: [Q.timeSlotMap],
    manuals: [{ url: 'https://manual.next-engine.net/main/orders/ord_torikomi-shori/juchu_torikomi/juchu_hanyo/37633' }],
    existingUserSkip: true,
  },
  {
    n: 13,
    key: 'sc-goods',
    owner: 'SC',
    phase: 'prep',
    title: { ja: '商品マスタの登録', en: 'Register the product master' },
    guidance: {
      ja: 'STOCKCREWの商品マスタに、STOCKCREWから出荷する商品を登録します。タグ登録 (手順9) の後にダウンロードし直したネクストエンジンの商品マスタCSVを指定すると、sc-setup が [STOCKCREW連携対象] の付いた商品だけでSTOCKCREWの商品マスタCSV (sc-goods) を作ります。この手順では既定の列で書き出します。STOCKCREWの管理画面でダウンロードしたテンプレートの列に合わせるには、続けて sc-setup export sc-goods --template <テンプレート> を実行します。ネクストエンジンの「カスタムデータ作成アプリ(無料)」で出力する方法もあります。',
      en: 'Register the items STOCKCREW ships in STOCKCREW’s product master. Give the Next Engine goods CSV downloaded again after tagging (step 9): sc-setup writes the STOCKCREW product master CSV (sc-goods) with only the items tagged [STOCKCREW連携対象]. This step writes the default columns; to follow a template downloaded from the STOCKCREW admin, run sc-setup export sc-goods --template <template> afterwards. Next Engine’s free カスタムデータ作成アプリ can produce this file as well.',
    },
    cautions: [
      {
        ja: 'JANコードは13桁 (チェックデジット付き) か空欄です。空欄ならSTOCKCREWが13桁の物流IDを発行します。STOCKCREWはFNSKU・UPC・EANも受け付けます。',
        en: 'A JAN code is 13 digits with a check digit, or blank; when blank STOCKCREW issues a 13-digit logistics ID. STOCKCREW also accepts FNSKU, UPC and EAN.',
      },
      CODE_CASE,
    ],
    manuals: [
      { url: 'https://knowledge.stockcrew.co.jp/help/article-jancode' },
      { url: 'https://knowledge.stockcrew.co.jp/help/arrival-rule_packing' },
    ],
    requires: [2, 9],
    asks: [Q.neGoodsTagged],
    actions: [
      { kind: 'confirmTags' },
      { kind: 'check', families: ['code-format', 'code-case', 'duplicates', 'jan'] },
      { kind: 'export', artifact: 'sc-goods' },
    ],
  },
  {
    n: 14,
    key: 'sc-shipping-methods',
    owner: 'SC',
    phase: 'prep',
    title: { ja: '配送方法マスタ登録', en: 'Shipping-method master' },
    guidance: {
      ja: 'STOCKCREWの配送方法マスタで、ネクストエンジンの発送方法名とSTOCKCREWの配送方法を紐づけます。ヤマト(発払い)B2v6・B2v5 は「ヤマト運輸 ソフト」、ヤマト(ネコポス) は「ネコポスソフト」として、ネクストエンジン連携用に初期値で登録済みです。ほかの発送方法 (名前を変えたものを含む) は行の追加が必要で、STOCKCREWの配送方法は、画面に表示される値をそのまま入力してもらいます。sc-setup は手順11で記録した発送方法から、追加する行のCSV (sc-shipping-methods) を作ります。',
      en: 'In STOCKCREW’s shipping-method master, map Next Engine’s 発送方法 names to STOCKCREW’s methods. ヤマト(発払い)B2v6 and B2v5 are registered by default as 「ヤマト運輸 ソフト」 and ヤマト(ネコポス) as 「ネコポスソフト」. Any other method (a renamed one included) needs a row, and you type its STOCKCREW method exactly as STOCKCREW’s screen shows it. sc-setup writes the rows to add (sc-shipping-methods) from the methods recorded at step 11.',
    },
    cautions: [
      {
        ja: 'ヤマトフルフィルメントからSTOCKCREWに切り替える場合、取り込まれる発送方法は初期値の3つだけで、代金引換 (ヤマト(コレクト)) は利用できません。',
        en: 'Shops moving from Yamato Fulfillment get only the three default methods taken, and cash on delivery (ヤマト(コレクト)) is not available.',
      },
      {
        ja: 'STOCKCREWで佐川急便を使うのは代金引換のときだけです。',
        en: 'STOCKCREW uses Sagawa (佐川急便) only for cash on delivery.',
      },
      {
        ja: 'ネクストエンジンで発送方法の名称を変えている場合は、初期値の行もその名称に変更が必要です。',
        en: 'If you renamed a shipping method in Next Engine, the default rows must be changed to that name too.',
      },
    ],
    requires: [2, 11],
    asks: [Q.codUsed, Q.scShippingValues],
    actions: [{ kind: 'export', artifact: 'sc-shipping-methods' }],
    manuals: [
      { url: 'https://knowledge.stockcrew.co.jp/help/apialignment/next-engine/attention' },
      { url: 'https://knowledge.stockcrew.co.jp/help/syuka-schedule' },
    ],
  },
  {
    n: 15,
    key: 'sc-delivery-times',
    owner: 'SC',
    phase: 'prep',
    title: { ja: '配送時間マスタ登録', en: 'Delivery-time master' },
    guidance: {
      ja: 'STOCKCREWの配送時間マスタは、ネクストエンジンの時間指定との紐づけが初期値として登録済みなので、設定は不要です。画面を開いて初期値があることだけ確かめます。',
      en: 'STOCKCREW’s delivery-time master already holds the mapping to Next Engine’s time slots, so nothing needs setting. Open the screen and only check that the defaults are there.',
    },
    cautions: [],
    requires: [2],
    asks: [Q.deliveryTimesChecked],
    doneByAnswer: true,
  },
  {
    n: 16,
    key: 'sc-payment-methods',
    owner: 'SC',
    phase: 'prep',
    title: { ja: '支払方法マスタ登録', en: 'Payment-method master' },
    guidance: {
      ja: 'STOCKCREWの支払方法マスタに、ネクストエンジンの支払方法名とSTOCKCREWの支払方法の対応を登録します。登録する値 (設定する値) は、ネクストエンジンのマニュアル「STOCKCREWとの連携手順概要」の手順16に画像で載っているだけで、文字では公開されていません。その画面の値を一字一句そのまま、支払方法ごとに入力してください。sc-setup は空白や全角文字が混じっていないかを確かめ、入力した値で登録用CSV (sc-payment-methods) を作ります。',
      en: 'Register in STOCKCREW’s payment-method master how Next Engine’s 支払方法 names map to STOCKCREW’s. The values to register (設定する値) appear only as an image at step 16 of Next Engine’s manual page 「STOCKCREWとの連携手順概要」, not as text. Type each value exactly as that page shows it, for every payment method. sc-setup checks them for stray spaces and full-width characters and writes the CSV (sc-payment-methods) from what you typed.',
    },
    cautions: [
      {
        ja: '値は1文字も違わずに登録します。前後に空白が入ると一致しません。マニュアルの値をコピーするときは、ダブルクリックで範囲選択しないでください。',
        en: 'Values must match exactly; a space before or after breaks the match. When copying a value from the manual page, do not select it by double-clicking.',
      },
    ],
    requires: [2, 11],
    asks: [Q.scPaymentValues],
    actions: [{ kind: 'export', artifact: 'sc-payment-methods' }],
    manuals: [{ title: 'STOCKCREWとの連携手順概要 (手順16)', url: 'https://manual.next-engine.net/?p=59474' }],
  },
  {
    n: 17,
    key: 'ne-auto-mail',
    owner: 'NE',
    phase: 'prep',
    title: { ja: '自動で購入者にメールを送信するための設定', en: 'Automatic mails to buyers' },
    guidance: {
      ja: 'ネクストエンジンは、購入時 (受注確認)・出荷時 (発送連絡)・購入後 (フォロー) の3つのタイミングで、購入者に自動でメールを送れます。このほか、受注が「印刷日待ち」になったときの印刷日待ちメールや、「印刷待ち」以降に進んだときの印刷待ち以降メールもあります。どの自動送信メールを使うかを決めて設定し、ここに記録します。',
      en: 'Next Engine can mail buyers automatically at three moments: at purchase (受注確認), at shipment (発送連絡) and after purchase (フォロー). There are also the 印刷日待ち mail (when an order waits for its print date) and the 印刷待ち以降 mail (once an order reaches 印刷待ち or later). Decide which automatic mails you use, set them, and record them here.',
    },
    cautions: [
      {
        ja: '設定しただけではメールは送られません。送信の開始は最後の手順30で、手順に沿って行います。',
        en: 'Setting them sends nothing yet: sending starts at the last step, 30, following its procedure.',
      },
    ],
    requires: [5],
    asks: [Q.autoMailTypes],
    manuals: [{ url: 'https://manual.next-engine.net/main/orders/ord_mail/mail_settei/14733' }],
    existingUserSkip: true,
  },
  {
    n: 18,
    key: 'ne-mail-sender',
    owner: 'NE',
    phase: 'prep',
    title: { ja: 'メール時のアドレス・署名の設定', en: 'Mail address and signature' },
    guidance: {
      ja: 'ネクストエンジンのメール設定で、メールに記載される送信元アドレス (From)、返信先 (Reply-To)、署名を設定します。返信先には、購入者からの問い合わせを受け付けるアドレスを指定します。設定した値と同じものをここに記録します。',
      en: 'In Next Engine’s mail settings, set the sender address (From), the Reply-To address and the signature printed in mails. Reply-To should be the address where buyers’ questions are answered. Record the same values here.',
    },
    cautions: [],
    requires: [17],
    asks: [Q.mailFrom, Q.mailReplyTo, Q.mailSignature],
    existingUserSkip: true,
  },
  {
    n: 19,
    key: 'ne-mail-templates',
    owner: 'NE',
    phase: 'prep',
    title: { ja: 'メールのテンプレート設定', en: 'Mail templates' },
    guidance: {
      ja: '自動送信するメールのテンプレートを開きます。初期値として汎用的な文面が入っているので、店舗名や問い合わせ先などを確認し、必要に応じて編集します。自動送信メールを使わない場合、この手順は「不要」です。',
      en: 'Open the templates of the automatic mails. They start with generic text: check the shop name, contact details and so on, and edit where needed. If no automatic mail is used, the step is skipped.',
    },
    cautions: [],
    requires: [17],
    asks: [Q.templatesReviewed],
    doneByAnswer: true,
    skipWhen: (answers) => emptyList(answers, Q.autoMailTypes.key),
    existingUserSkip: true,
  },
  {
    n: 20,
    key: 'ne-label-software',
    owner: 'NE',
    phase: 'prep',
    title: { ja: '送り状発行ソフト側の設定', en: 'Label software' },
    guidance: {
      ja: 'STOCKCREW以外に自社からも発送する場合だけ、ネクストエンジンが出力する送り状用CSVを、使っている送り状発行ソフト (B2クラウド・e飛伝・ゆうプリRなど) で取り込めるように、ソフト側で設定します。すべてSTOCKCREWから出荷するなら、この手順は「不要」です。',
      en: 'Only if you also ship goods yourself: set up your label software (B2クラウド, e飛伝, ゆうプリR…) so it can import the label CSV Next Engine writes. If STOCKCREW ships everything, the step is skipped.',
    },
    cautions: [
      {
        ja: '自社から発送する商品には [STOCKCREW連携対象] タグを付けないでください。タグのある商品だけの受注はSTOCKCREWの出荷対象になります。',
        en: 'Do not tag items you ship yourself with [STOCKCREW連携対象]: an order whose items all carry it goes to STOCKCREW.',
      },
      {
        ja: 'B2クラウドのアプリは「印刷待ち」のヤマト(発払い)B2v6・ヤマト(ネコポス)の受注も取り込みます。STOCKCREWが出荷する受注を自社でも発送しないよう、アプリの取込条件からSTOCKCREWの受注を外してください。',
        en: 'The B2クラウド app also picks up 印刷待ち orders shipped by ヤマト(発払い)B2v6 or ヤマト(ネコポス). Keep STOCKCREW’s orders out of the app’s import conditions, or they are shipped twice.',
      },
    ],
    requires: [],
    asks: [Q.selfShipping, Q.labelSoftware],
    uses: [Q.notShippedBy.key],
    skipWhen: (answers) => answers[Q.selfShipping.key] === false,
    manuals: [{ url: 'https://manual.next-engine.net/app/b2cloud/51984' }],
    existingUserSkip: true,
    advice: (answers) =>
      answers[Q.selfShipping.key] === true && answers[Q.notShippedBy.key] !== undefined && !notShipping(answers)
        ? [
            {
              ja: '手順9では、STOCKCREWから出荷しない商品を指定していません。そのため、すべての商品に [STOCKCREW連携対象] を付けました。自社から発送する商品があれば、`sc-setup set tags.notShippedBy=codes` などで指定し直し、手順9からやり直してください。',
              en: 'Step 9 named no goods that STOCKCREW does not ship, so every item got [STOCKCREW連携対象]. If you ship some goods yourself, name them with `sc-setup set tags.notShippedBy=codes` (or file / tag) and run step 9 again.',
            },
          ]
        : [],
  },
  {
    n: 21,
    key: 'sc-item-map',
    owner: 'SC',
    phase: 'prep',
    title: { ja: '商品対応表の登録', en: 'Register the item map' },
    guidance: {
      ja: 'STOCKCREWの商品対応表に、ネクストエンジン (モール) の商品コードとSTOCKCREWの商品コードの対応を登録します。STOCKCREWでの登録方法はモール形式CSVのインポートかAPIインポートで、画面での手入力はできません。どちらで登録するかを答えてください。手順13で指定した、タグ登録後にダウンロードし直した商品マスタCSVから、sc-setup が [STOCKCREW連携対象] の商品だけで対応表CSV (sc-item-map) を作ります (APIで登録する場合は、登録後に画面で確かめる一覧として使います)。登録が済んでから入荷予定 (手順25) に進みます。',
      en: 'Register in STOCKCREW’s item map (商品対応表) which Next Engine (mall) product code corresponds to which STOCKCREW code. STOCKCREW imports the item map from a mall-format CSV or through its API import; it cannot be typed in by hand. Say which route you take. From the goods CSV downloaded again after tagging (the file of step 13), sc-setup writes the map CSV (sc-item-map) with only the items tagged [STOCKCREW連携対象] (with the API route, use it as the list to check on screen afterwards). Only once it is registered, go on to the inbound plan (step 25).',
    },
    cautions: [
      {
        ja: '商品対応表は入荷予定より先に登録します。後になると、入庫した在庫が商品に紐づきません。',
        en: 'Register the item map BEFORE any inbound plan (入荷予定); otherwise received stock is not linked to the item.',
      },
      {
        ja: '1つのECコードに対応するSTOCKCREWのコードは1つだけです。セット商品のような組み合わせは登録できません。',
        en: 'One EC code maps to exactly one STOCKCREW code: sets cannot be registered.',
      },
      {
        ja: 'STOCKCREWは商品対応表のCSVの列構成を公開していません。sc-setup の既定の2列 (EC商品コード・STOCKCREW商品コード) は未確認なので、この手順のファイルは既定の列です。STOCKCREWの画面でダウンロードしたテンプレートの列に合わせるには、続けて sc-setup export sc-item-map --template <テンプレート> を実行してください。',
        en: 'STOCKCREW does not publish the item map’s CSV layout: sc-setup’s default two columns (EC商品コード, STOCKCREW商品コード) are unverified. This step writes the default columns; to follow the template downloaded from STOCKCREW’s screen, run sc-setup export sc-item-map --template <template> afterwards.',
      },
      {
        ja: '商品対応表の行ごとに「在庫連携をする」の設定があります。予約販売の商品など在庫を連携しない商品だけ外し、それ以外はONにします。',
        en: 'Each item-map row has its own 「在庫連携をする」 (sync stock) setting: turn it off only for items whose stock must not sync (pre-sale items, for example); leave it on for the rest.',
      },
    ],
    requires: [13],
    asks: [Q.itemMapRoute, Q.neGoodsTagged],
    manuals: [
      { url: 'https://knowledge.stockcrew.co.jp/help/item_maps/new' },
      { url: 'https://knowledge.stockcrew.co.jp/help/presale' },
    ],
    actions: [{ kind: 'confirmTags' }, { kind: 'export', artifact: 'sc-item-map' }],
  },
  {
    n: 22,
    key: 'ne-stock-target-export',
    owner: 'NE',
    phase: 'prep',
    title: { ja: '在庫連携対象となる商品データの出力', en: 'Download the stock-sync item data' },
    guidance: {
      ja: '在庫連携の前に、ネクストエンジンの商品とYahoo!ショッピングの商品を紐づけておく必要があります。その元になるデータとして、ストアクリエイターProから最新の在庫CSV (quantity.csv) をダウンロードし、そのファイルを指定します。sc-setup が、Yahoo!のコードがネクストエンジンの商品コードと完全に一致するかを確認します。',
      en: 'Before stock sync, Next Engine’s goods must be linked to the Yahoo!Shopping items. As the data for that, download the latest quantity CSV (quantity.csv) from Store Creator Pro and give the file. sc-setup checks that every Yahoo code matches a Next Engine product code exactly.',
    },
    cautions: [
      {
        ja: '手順7の後で商品を追加・変更した場合は、ダウンロードし直した最新のファイルを使ってください。',
        en: 'If items were added or changed after step 7, use a freshly downloaded file.',
      },
    ],
    requires: [7],
    asks: [Q.yahooQuantitySync],
    actions: [{ kind: 'check', families: ['yahoo-match'] }],
    existingUserSkip: true,
  },
  {
    n: 23,
    key: 'ne-stock-target-import',
    owner: 'NE',
    phase: 'prep',
    title: { ja: '在庫連携対象となる商品データの取込', en: 'Import the stock-sync item data' },
    guidance: {
      ja: '手順22のファイルを、ネクストエンジンに在庫連携対象の商品データとして取り込みます。1回に取り込めるのは約2MBまでなので、sc-setup がShift_JISのまま2,000,000バイト以下のファイル (ne-mall-items-01.csv …) に分け、どのファイルにも見出し行を付けます。取り込んだ商品が、以後在庫連携の対象になります。',
      en: 'Import the file of step 22 into Next Engine as the stock-sync item data. One upload takes about 2 MB, so sc-setup splits it into Shift_JIS files of at most 2,000,000 bytes (ne-mall-items-01.csv …), each with the header. The imported items are synced from then on.',
    },
    cautions: [
      {
        ja: '一致は大文字・小文字まで含めた完全一致です。大文字・小文字だけが違うコードは在庫連携されません。',
        en: 'The match is exact, case included: a code differing only in case is NOT synced.',
      },
      {
        ja: 'オプションのある商品は、sub-code がそのままネクストエンジンの商品コードと一致する必要があります (code と sub-code をつなげた値ではありません)。',
        en: 'For items with options the sub-code itself must equal the Next Engine product code (not code and sub-code joined).',
      },
      {
        ja: '取込は追加ではなく置き換えになる可能性があります (ネクストエンジンの別のモールのページでは、取り込み直す前に古いファイルの削除を求めています)。分けたファイルをすべて取り込んだら、ネクストエンジンの画面で、どのファイルの商品も在庫連携対象に残っていることを確かめてください。',
        en: 'An upload may replace the earlier data rather than add to it (Next Engine’s page for another mall asks to delete old files before importing again). After importing every part, check on Next Engine’s screen that the items of every part are still listed as stock-sync targets.',
      },
    ],
    manuals: [
      { title: '【ネクストエンジン】在庫連携対象となる商品データの取込【Yahoo!ショッピング】' },
      { url: 'https://manual.next-engine.net/?p=5949' },
    ],
    existingUserSkip: true,
    requires: [22],
    asks: [Q.yahooQuantitySync],
    actions: [{ kind: 'export', artifact: 'ne-mall-items' }],
  },
];
