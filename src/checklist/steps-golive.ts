/**
 * Steps 24–30, 運用開始 (go-live). Each of 24, 27, 28, 29 and 30 changes live behaviour,
 * so each carries a typed confirmation and a gate on the steps that make it safe.
 */
import { Q } from './questions.js';
import type { Step } from './types.js';

export const GOLIVE_STEPS: Step[] = [
  {
    n: 24,
    key: 'sc-api-stock-on',
    owner: 'SC',
    phase: 'golive',
    title: { ja: 'ネクストエンジンとのAPI連携設定:在庫連携', en: 'API connection: stock sync ON' },
    guidance: {
      ja: 'STOCKCREWの管理画面で店舗の「API連携」を開き、[在庫更新] だけを連携ONにします。これでSTOCKCREWの在庫数がネクストエンジンに反映されるようになります。[受注取得] と [受注更新] はOFFのままにし、手順28で切り替えます。',
      en: 'In the STOCKCREW admin open the shop’s API連携 and turn ON only [在庫更新]. STOCKCREW’s stock counts then flow to Next Engine. [受注取得] and [受注更新] stay OFF until step 28.',
    },
    cautions: [
      {
        ja: '商品対応表 (手順21) が登録済みであることが前提です。',
        en: 'The item map (step 21) must already be registered.',
      },
      {
        ja: 'ONにするのは [在庫更新] だけです。[受注取得]・[受注更新] をここでONにすると、在庫の確認や古い受注の整理 (手順26・27) の前に出荷指示が始まります。',
        en: 'Only [在庫更新] goes ON. Turning on [受注取得] or [受注更新] here would start shipping instructions before stock is checked and old orders are cleared (steps 26, 27).',
      },
    ],
    requires: [4, 21],
    asks: [],
    danger: [
      {
        id: 'stock-sync-on',
        word: 'STOCK-ON',
        prompt: {
          ja: 'STOCKCREWで [在庫更新] だけをONにし、[受注取得]・[受注更新] がOFFのままであることを画面で確認してください。確認できたら STOCK-ON と入力してください。',
          en: 'Check on screen that in STOCKCREW only [在庫更新] is ON and [受注取得] and [受注更新] are still OFF. When they are, type STOCK-ON.',
        },
      },
    ],
  },
  {
    n: 25,
    key: 'sc-inbound',
    owner: 'SC',
    phase: 'golive',
    title: { ja: '在庫の入庫', en: 'Inbound stock' },
    guidance: {
      ja: 'STOCKCREWで入荷予定を登録し、商品を倉庫に送って入庫してもらいます。入荷予定には入荷予定日・輸送種別・商品コード・入荷予定数が必要です。ロットや消費期限を管理する商品は、ロットNoと消費期限も入れます。',
      en: 'Register an inbound plan (入荷予定) in STOCKCREW and send the goods to the warehouse to be received. A plan needs the expected date, transport type, product code and expected quantity; lot- or expiry-managed items also need the lot number and expiry date.',
    },
    cautions: [
      {
        ja: '入荷予定は商品対応表 (手順21) を登録した後に作ります。先に作ると、入庫した在庫がネクストエンジンの商品に紐づきません。',
        en: 'Create the inbound plan only after the item map (step 21); otherwise received stock is not linked to the Next Engine item.',
      },
      {
        ja: '入荷予定の登録は、入荷日の前日17時までです。',
        en: 'The plan must be registered by 17:00 on the day before arrival.',
      },
    ],
    requires: [21],
    // Nothing sc-setup reads shows the goods received (step 26 compares the counts after):
    // the operator's answer is the step's record, in an answers file as on a terminal.
    asks: [Q.inboundReceived],
    doneByAnswer: true,
    manuals: [{ url: 'https://knowledge.stockcrew.co.jp/help/itempo/inbound/entry' }],
  },
  {
    n: 26,
    key: 'ne-stock-verify',
    owner: 'NE',
    phase: 'golive',
    title: { ja: '在庫数が反映されている確認', en: 'Check the stock counts' },
    guidance: {
      ja: 'STOCKCREWの在庫数がネクストエンジンに反映され、同じ数になっているかを確かめます。ネクストエンジンとSTOCKCREWの在庫CSVをダウンロードして指定すると、sc-setup が商品コードごとに照合し、数が違う商品の一覧 (stock-diff) を書き出します。違いがなくなるか、残った違いごとに理由を書いて受け入れるまで、この手順は完了になりません。',
      en: 'Check that STOCKCREW’s stock has reached Next Engine with the same counts. Give the stock CSVs downloaded from Next Engine and STOCKCREW: sc-setup compares them code by code and writes the items whose counts differ (stock-diff). The step is done only when no difference is left, or each remaining one is accepted with a reason.',
    },
    cautions: [
      {
        ja: 'ネクストエンジンの在庫CSVの在庫数 (zaiko_su) はアップロード時に増減数として扱われるので、CSVで在庫数を直さないでください。在庫はSTOCKCREWから反映させます。',
        en: 'In a Next Engine stock upload, zaiko_su is a change, not a count: never fix stock by CSV. Stock comes from STOCKCREW.',
      },
      {
        ja: '大文字・小文字だけが違うコードは別の商品として扱われます。照合結果に出たら、商品コードの表記を確認してください。',
        en: 'Codes that differ only in case are different items: if the comparison shows one, check how the code is written.',
      },
      {
        ja: '拠点を追加している場合 (手順8)、ネクストエンジンの在庫CSVに拠点の列があれば、STOCKCREWと連携する拠点 (手順4) の行だけを照合します。',
        en: 'With added locations (step 8), when the Next Engine stock CSV has a location column, only the rows of the location linked to STOCKCREW (step 4) are compared.',
      },
    ],
    requires: [24, 25],
    asks: [Q.neStock, Q.scStock, Q.stockAccepted],
    actions: [{ kind: 'verifyStock' }],
  },
  {
    n: 27,
    key: 'ne-cancel-old-orders',
    owner: 'NE',
    phase: 'golive',
    title: { ja: '受注データ連携開始のための操作', en: 'Cancel old orders before order sync' },
    guidance: {
      ja: 'モール側で処理・出荷が済んでいるのにネクストエンジンに残っている受注を、ネクストエンジン上でキャンセルします。こうすると、STOCKCREWの在庫が反映されたときに過去の受注へ引当が行われません。受注伝票CSVと基準日を指定すると、sc-setup がキャンセルする伝票の一覧 (cancel-list) を作ります。キャンセルの前に、ネクストエンジンの [設定]→[基本]→[API] でYahoo!ショッピングの店舗の「利用機能」を開き、「注文ステータス自動キャンセル」のチェックを外します。',
      en: 'Cancel, in Next Engine, the orders that the mall has already handled and shipped but that are still open in Next Engine, so that STOCKCREW stock is not allocated to them. Give the orders CSV and a cut-off date: sc-setup lists the slips to cancel (cancel-list). Before cancelling, open 利用機能 of the Yahoo!Shopping shop in Next Engine under [設定]→[基本]→[API] and untick 注文ステータス自動キャンセル.',
    },
    cautions: [
      {
        ja: '「注文ステータス自動キャンセル」がONのままキャンセルすると、Yahoo!ショッピングの実際の注文もキャンセルされます。新規受付の伝票や、ずっと前に出荷した注文も対象になり、キャンセルしたYahoo!の注文は元に戻せません。',
        en: 'With 注文ステータス自動キャンセル ON, cancelling in Next Engine also cancels the real Yahoo!Shopping order — 新規受付 slips and long-shipped orders included — and a cancelled Yahoo order cannot be restored.',
      },
      {
        ja: '一覧には、キャンセル済みと出荷済みの伝票は含めていません。キャンセルするのは一覧の伝票だけにします。',
        en: 'The list leaves out cancelled and shipped slips: cancel only the slips it names.',
      },
      {
        ja: '受注伝票一括更新アプリで一括キャンセルする場合、Yahoo!ショッピングの店舗は初期設定で一括キャンセルの対象外です。',
        en: 'In the 受注伝票一括更新アプリ (bulk order update app), Yahoo!Shopping shops are left out of bulk cancellation by default.',
      },
    ],
    manuals: [
      { url: 'https://manual.next-engine.net/main/orders/ord_torikomi-shori/juchu_torikomi/juchu_yahoo/34072/' },
      { url: 'https://manual.next-engine.net/main/orders/ord_torikomi-shori/juchu_torikomi/juchu_yahoo/12910' },
      { url: 'https://manual.next-engine.net/app/juchu-koushin/34010/' },
    ],
    requires: [10],
    asks: [Q.neOrders, Q.cancelBefore],
    danger: [
      {
        id: 'auto-cancel-off',
        word: 'AUTO-CANCEL-OFF',
        // DOMAIN.md: step 27 must not proceed until the operator confirms it is OFF.
        before: true,
        prompt: {
          ja: 'ネクストエンジンのYahoo!ショッピング店舗の設定で、「利用機能」の「注文ステータス自動キャンセル」のチェックが外れている (OFF) ことを画面で確認してください。ONのままキャンセルするとYahoo!の注文も取り消され、元に戻せません。確認できたら AUTO-CANCEL-OFF と入力してください。',
          en: 'Check on screen that 注文ステータス自動キャンセル under 利用機能 in the Next Engine settings of the Yahoo!Shopping shop is unticked (OFF). While it is ON, cancelling also cancels the Yahoo order, for good. When it is OFF, type AUTO-CANCEL-OFF.',
        },
      },
    ],
    actions: [{ kind: 'export', artifact: 'cancel-list' }],
  },
  {
    n: 28,
    key: 'sc-api-orders-on',
    owner: 'SC',
    phase: 'golive',
    title: { ja: 'ネクストエンジンとのAPI連携設定:受注連携', en: 'API connection: order sync ON' },
    guidance: {
      ja: 'STOCKCREWの管理画面で店舗の「API連携」を開き、[受注取得] と [受注更新] を連携ONにします。以後STOCKCREWは約10分ごとにネクストエンジンの受注を確認し、出荷できる受注を取り込みます。ONにする前に、手順27の一覧の伝票をキャンセルした後の受注伝票CSVをダウンロードし直して指定してください。sc-setup がそのファイルで、一覧の伝票がすべてキャンセルされていること、STOCKCREWが取り込まない受注がないことを確かめます。',
      en: 'In the STOCKCREW admin open the shop’s API連携 and turn ON [受注取得] and [受注更新]. From then on STOCKCREW checks Next Engine for orders about every 10 minutes and takes those it can ship. Before you turn them on, download the orders CSV again once the slips of step 27’s list are cancelled, and give it: sc-setup checks in it that every listed slip is cancelled, and that no order is one STOCKCREW would not take.',
    },
    cautions: [
      {
        ja: 'STOCKCREWが取り込むのは、受注状態が「印刷待ち」で、すべての商品に [STOCKCREW連携対象] タグがあり、受注に [STOCKCREW除外]・[STOCKCREW出荷指示失敗] タグがなく、キャンセルされておらず、発送方法が紐づいている受注だけです。条件に合わない受注は、何も表示されずにそのまま残ります。',
        en: 'STOCKCREW takes an order only if its status is 印刷待ち, every item carries [STOCKCREW連携対象], the order has neither [STOCKCREW除外] nor [STOCKCREW出荷指示失敗], it is not cancelled, and its shipping method is mapped. Other orders simply stay where they are, with no message.',
      },
      {
        ja: '取り込まれた受注には [STOCKCREW出荷指示済み] タグが付いて「印刷済み」になり、出荷されると [STOCKCREW出荷済み] タグが付いて「出荷済み」になります。出荷指示に失敗した受注には [STOCKCREW出荷指示失敗] タグが付き、「印刷待ち」のまま残ります。',
        en: 'A taken order gets the tag [STOCKCREW出荷指示済み] and status 印刷済み; once shipped, [STOCKCREW出荷済み] and 出荷済み. An order whose shipping instruction failed gets [STOCKCREW出荷指示失敗] and stays in 印刷待ち.',
      },
      {
        ja: 'STOCKCREWのシステムに当日14時までに取り込まれた受注は当日に出荷され、14時以降の受注は翌日の出荷になります。',
        en: 'Orders that reach STOCKCREW’s system by 14:00 ship the same day; later ones ship the next day.',
      },
    ],
    manuals: [
      { url: 'https://knowledge.stockcrew.co.jp/help/apialignment/next-engine/attention' },
      { url: 'https://knowledge.stockcrew.co.jp/help/syuka-schedule' },
    ],
    requires: [14, 15, 16, 24, 26, 27],
    asks: [Q.neOrdersAfterCancel],
    // Before order sync starts, the orders downloaded after step 27's cancellations must show
    // every listed slip cancelled (an old open slip would be allocated and shipped again), and
    // their open orders are checked for what makes STOCKCREW skip them in silence (held,
    // untagged goods, unmapped methods) or ship them wrong (cash on delivery on another
    // method): errors stop the step before ORDERS-ON.
    actions: [{ kind: 'cancelDone' }, { kind: 'check', families: ['orders', 'mappings'], onlyWith: 'neOrders' }],
    danger: [
      {
        id: 'orders-on',
        word: 'ORDERS-ON',
        prompt: {
          ja: 'STOCKCREWで [受注取得] と [受注更新] をONにすると、実際の受注の出荷指示が始まります。ONにしたことを画面で確認したら ORDERS-ON と入力してください。',
          en: 'Turning on [受注取得] and [受注更新] in STOCKCREW starts shipping instructions for real orders. Once you see both ON, type ORDERS-ON.',
        },
      },
    ],
  },
  {
    n: 29,
    key: 'ne-start-sync',
    owner: 'NE',
    phase: 'golive',
    title: { ja: '連携の開始', en: 'Start the sync' },
    guidance: {
      ja: 'ネクストエンジンで「引当処理」「在庫更新処理」「受注取得API処理」の3つを『起動』に変更します。これ以降、[受注]→[受注伝票管理] の「新規受付」の受注が「確認待ち」以降に進み、ネクストエンジンのフリー在庫数がYahoo!ショッピングに反映され始めます。「商品情報自動作成」は『停止』のままにします。',
      en: 'In Next Engine set 引当処理, 在庫更新処理 and 受注取得API処理 to 起動. From then on, orders under 新規受付 in [受注]→[受注伝票管理] move on to 確認待ち and beyond, and Next Engine’s free stock is pushed to Yahoo!Shopping. Leave 商品情報自動作成 at 停止.',
    },
    cautions: [
      {
        ja: '在庫連携を使う間、「商品情報自動作成」は必ず『停止』にしておきます。起動すると、在庫数1,000,000,000の商品が自動で作られます。',
        en: 'While stock sync is used, 商品情報自動作成 must stay 停止: when running it creates goods with a stock of 1,000,000,000.',
      },
      {
        ja: '受注取得API処理の最初の取込は、24時間前までさかのぼって受注を取り込みます。',
        en: 'The first run of 受注取得API処理 imports orders from up to 24 hours back.',
      },
    ],
    requires: [23, 28],
    asks: [],
    manuals: [{ url: 'https://manual.next-engine.net/main/stock/stk_settei-unyou/zaiko_yahoo/21128/' }],
    danger: [
      {
        id: 'start',
        word: 'START',
        prompt: {
          ja: '「引当処理」「在庫更新処理」「受注取得API処理」を起動すると、受注の引当とYahoo!ショッピングへの在庫反映が始まります。3つを起動したら START と入力してください。',
          en: 'Setting 引当処理, 在庫更新処理 and 受注取得API処理 to 起動 starts allocating orders and pushing stock to Yahoo!Shopping. Once all three run, type START.',
        },
      },
      {
        id: 'auto-create-stopped',
        word: 'STOPPED',
        prompt: {
          ja: '「商品情報自動作成」が『停止』になっていることを画面で確認してください。起動していると在庫数1,000,000,000の商品が作られます。停止を確認したら STOPPED と入力してください。',
          en: 'Check on screen that 商品情報自動作成 is 停止 (stopped); while running it creates goods with a stock of 1,000,000,000. When it is stopped, type STOPPED.',
        },
      },
    ],
  },
  {
    n: 30,
    key: 'ne-start-mail',
    owner: 'NE',
    phase: 'golive',
    title: { ja: 'メールの自動送信の開始', en: 'Start automatic mails' },
    guidance: {
      ja: 'メールを初めて送信するとき、ネクストエンジンは過去一定期間に取り込んだ受注までさかのぼってメールを作ります。必ず「メールを作りためる → 送りたくないメールを削除する → 送信を開始する」の順に進めます。送ったメールは [受注]→[メール]→[送信履歴] で確認できます。自動送信メールを使わない場合、この手順は「不要」です。',
      en: 'When mails are sent for the first time, Next Engine creates them for orders imported over a past period as well. Always go in this order: let the mails be created (作りためる), delete the ones that must not go out, then start sending. Sent mails can be checked in [受注]→[メール]→[送信履歴]. If no automatic mail is used, the step is skipped.',
    },
    cautions: [
      {
        ja: 'さかのぼって作られるのは、受注確認メールは受注から1週間以内、発送連絡メールは出荷から1週間以内、フォローメールは出荷確定日が3か月以内の受注の分です。削除せずに送信を始めると、これらの購入者にもメールが届きます。',
        en: 'Back-filled mails cover 受注確認 for orders of the last week, 発送連絡 for shipments of the last week, and フォロー for orders whose 出荷確定日 (shipping confirmation date) is within the last 3 months. Starting without deleting them mails all those buyers.',
      },
      {
        ja: 'わからない点があれば、送信を始める前にネクストエンジンのサポートセンターに問い合わせてください。',
        en: 'If anything is unclear, ask Next Engine’s support centre BEFORE sending starts.',
      },
    ],
    requires: [17, 18, 19, 29],
    asks: [],
    danger: [
      {
        id: 'mails-created',
        word: 'CREATED',
        prompt: {
          ja: 'まだ送信は始めません。ネクストエンジンでメールを「作りためる」設定にして、メールを作成させてください。[受注]→[メール] で作成されたメールが一覧に出たら CREATED と入力してください。',
          en: 'Do not start sending yet. In Next Engine, set mails to be created and kept (作りためる) and let them be created. When the created mails show under [受注]→[メール], type CREATED.',
        },
      },
      {
        id: 'unwanted-deleted',
        word: 'DELETED',
        prompt: {
          ja: '作られたメールのうち、上の期間にさかのぼって作られた過去の注文あてのものなど、送らないメールをすべて削除してください。削除が終わったら DELETED と入力してください。',
          en: 'Delete every created mail that must not go out, such as those back-filled for past orders in the windows shown above. When they are deleted, type DELETED.',
        },
      },
      {
        id: 'send-mail',
        word: 'SEND-MAIL',
        prompt: {
          ja: '送信を始めると、さかのぼって作られたメールも購入者に届き、取り消せません。メールを作りため、送らないメールを削除したことを確認したら SEND-MAIL と入力してください。',
          en: 'Once sending starts, back-filled mails reach buyers too and cannot be recalled. When the mails are created and the unwanted ones deleted, type SEND-MAIL.',
        },
      },
    ],
    actions: [{ kind: 'mailBackfill' }],
    manuals: [
      { title: '(必読)【ネクストエンジン】メール送信開始・メール種類追加時の操作', url: 'https://manual.next-engine.net/main/orders/ord_mail/mail_settei/14789/' },
    ],
    skipWhen: (answers) => {
      const types = answers[Q.autoMailTypes.key];
      return Array.isArray(types) && types.length === 0;
    },
  },
];
