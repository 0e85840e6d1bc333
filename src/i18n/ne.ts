import { defineMessages } from './text.js';

/** Messages of the Next Engine API client, the `ne` commands, the --from-ne routes and the checklist's live evidence. */
export const neText = defineMessages({
  // cli
  cmdNe: { ja: 'ネクストエンジンAPIへのログイン (読み取り専用)', en: 'Login to the Next Engine API (read-only)' },
  cmdNeLogin: {
    ja: 'ネクストエンジンにログインする (NE_CLIENT_ID と NE_CLIENT_SECRET を環境変数で渡す)',
    en: 'Log in to Next Engine (NE_CLIENT_ID and NE_CLIENT_SECRET from the environment)',
  },
  cmdNeStatus: { ja: 'ログイン中の会社とトークンの有効期限 (通信しません)', en: 'Company logged in and token end dates (no network call)' },
  cmdNeLogout: { ja: 'この作業フォルダのログイン情報を削除する', en: 'Delete the login saved in this folder' },
  optRedirectUri: {
    ja: 'アプリのリダイレクトURI (NE_REDIRECT_URI でも可)',
    en: 'The app’s redirect URI (or NE_REDIRECT_URI)',
  },
  optRedirectedUrl: {
    ja: 'ログイン後にブラウザが開いたアドレス (質問せずにログイン)',
    en: 'The address the browser landed on after signing in (log in without a prompt)',
  },
  optFromNe: {
    ja: 'ネクストエンジンのデータをファイルではなくAPIから読む (要 sc-setup ne login)',
    en: 'Read Next Engine’s data from the API instead of a file (needs sc-setup ne login)',
  },
  fromNeConflict: {
    ja: '--from-ne と {flag} は同時に指定できません。ネクストエンジンのデータはAPIから読みます。',
    en: '--from-ne and {flag} cannot be used together: Next Engine’s data is read from the API.',
  },
  fromNeConflictHint: {
    ja: 'ファイルで確認するときは --from-ne を外してください。',
    en: 'To check a file instead, leave out --from-ne.',
  },

  // where API data shows in findings and messages (in place of a file name)
  sourceGoods: { ja: 'ネクストエンジンAPI(商品マスタ)', en: 'Next Engine API (goods)' },
  sourceStock: { ja: 'ネクストエンジンAPI(在庫)', en: 'Next Engine API (stock)' },
  sourceOrders: { ja: 'ネクストエンジンAPI(受注伝票)', en: 'Next Engine API (order slips)' },
  fetching: { ja: 'ネクストエンジンから取得中 ({what}): {count}件', en: 'Reading from Next Engine ({what}): {count}' },
  whatGoods: { ja: '商品', en: 'goods' },
  whatStock: { ja: '在庫', en: 'stock' },
  whatOrders: { ja: '受注伝票', en: 'order slips' },

  // client errors
  notLoggedIn: { ja: 'ネクストエンジンにログインしていません。', en: 'Not logged in to Next Engine.' },
  loginHint: {
    ja: '`sc-setup ne login` でログインしてください (同じ作業フォルダで)。',
    en: 'Run `sc-setup ne login` (in the same working folder).',
  },
  loginExpired: {
    ja: 'ネクストエンジンのログインの有効期限が切れています ({date} 日本時間)。',
    en: 'The Next Engine login has expired ({date}, Japan time).',
  },
  loginRefused: {
    ja: 'ネクストエンジンが新しいログインを求めています ({code}: {message})。',
    en: 'Next Engine asks for a new sign-in ({code}: {message}).',
  },
  unreachable: {
    ja: 'ネクストエンジン ({url}) に接続できませんでした ({detail}、{attempts}回試行)。',
    en: 'Could not reach Next Engine ({url}): {detail}, after {attempts} attempts.',
  },
  unreachableHint: {
    ja: 'ネットワーク接続を確認して、しばらくしてからもう一度実行してください。',
    en: 'Check the network connection and try again in a while.',
  },
  busy: {
    ja: 'ネクストエンジンが混み合っていて {path} を実行できませんでした ({code}: {message}、{attempts}回試行)。',
    en: 'Next Engine was too busy to run {path} ({code}: {message}), after {attempts} attempts.',
  },
  busyHint: { ja: '時間をおいてもう一度実行してください。', en: 'Try again later.' },
  neError: {
    ja: 'ネクストエンジンが {path} でエラーを返しました ({code}: {message})。',
    en: 'Next Engine answered {path} with an error ({code}: {message}).',
  },
  neErrorHint: {
    ja: 'アプリの権限 (API で参照を許可した情報) とネクストエンジンの設定を確認してください。',
    en: 'Check the app’s permissions (the data its API access may read) and the Next Engine settings.',
  },
  noData: { ja: 'ネクストエンジンの {path} の応答にデータの一覧がありません。', en: 'Next Engine’s answer to {path} has no list of data.' },
  tokenUnreadable: { ja: 'ログイン情報 {file} を読めません: {detail}', en: 'Cannot read the login file {file}: {detail}' },
  tokenDamaged: { ja: 'ログイン情報 {file} が壊れています。', en: 'The login file {file} is damaged.' },
  loginAgainHint: {
    ja: '`sc-setup ne logout` のあと `sc-setup ne login` でログインし直してください。',
    en: 'Run `sc-setup ne logout`, then `sc-setup ne login`.',
  },
  locationUnknown: {
    ja: '在庫連携先拠点「{name}」がネクストエンジンの拠点にありません (ある拠点: {names})。',
    en: 'The stock-sync location "{name}" is not a Next Engine location (locations: {names}).',
  },
  locationUnknownHint: {
    ja: '手順4の在庫連携先拠点 (sc.stockLocation) をネクストエンジンの拠点名と同じにしてください。',
    en: 'Make the stock-sync location of step 4 (sc.stockLocation) the exact Next Engine location name.',
  },

  // ne login / status / logout
  credentialsMissing: {
    ja: '環境変数 {names} がありません。',
    en: 'Environment variable(s) {names} not set.',
  },
  credentialsHint: {
    ja: 'ネクストエンジンのアプリの client_id と client_secret を NE_CLIENT_ID と NE_CLIENT_SECRET に入れて実行してください (保存も表示もしません)。取得方法は README の「ネクストエンジンAPI」にあります。',
    en: 'Set NE_CLIENT_ID and NE_CLIENT_SECRET to your Next Engine app’s client_id and client_secret (they are never saved or shown). The README section "Next Engine API" says how to get them.',
  },
  redirectUriMissing: {
    ja: 'ログイン画面のアドレスを作るには、アプリのリダイレクトURIが必要です。',
    en: 'The sign-in address needs the app’s redirect URI.',
  },
  redirectUriHint: {
    ja: '--redirect-uri <URI> か環境変数 NE_REDIRECT_URI で、アプリに登録したリダイレクトURIを指定してください。ログイン後のアドレスがあれば --redirected-url <アドレス> でも構いません。',
    en: 'Give the redirect URI registered for the app with --redirect-uri <URI> or NE_REDIRECT_URI, or pass the address after signing in with --redirected-url <address>.',
  },
  openThis: { ja: 'ブラウザで次のアドレスを開き、ネクストエンジンにログインしてください:', en: 'Open this address in a browser and sign in to Next Engine:' },
  afterSignIn: {
    ja: 'ログイン後、ブラウザはリダイレクトURIに移動します (ページが表示されなくても構いません)。そのときのアドレス欄の内容をすべてコピーしてください。5分以内に使ってください。',
    en: 'After signing in, the browser goes to the redirect URI (the page may fail to load: that is fine). Copy the whole address from the address bar and use it within 5 minutes.',
  },
  pastePrompt: { ja: 'ブラウザのアドレスを貼り付けてください', en: 'Paste the address from the browser' },
  pasteInvalid: {
    ja: 'このアドレスには uid と state がありません。ログイン後のアドレス欄の内容をすべて貼り付けてください。',
    en: 'This address has no uid and state: paste the whole address shown after signing in.',
  },
  pasteInvalidHint: {
    ja: 'アドレスは「…?uid=…&state=…」の形です。',
    en: 'The address looks like "…?uid=…&state=…".',
  },
  pasteNeedsTerminal: {
    ja: 'ログイン後のアドレスを尋ねられません (端末がありません)。',
    en: 'Cannot ask for the address after signing in (no terminal).',
  },
  pasteNeedsTerminalHint: {
    ja: '上のアドレスでログインしたあと、sc-setup ne login --redirected-url "<ブラウザのアドレス>" を実行してください。',
    en: 'Sign in at the address above, then run sc-setup ne login --redirected-url "<the browser address>".',
  },
  noTokens: { ja: 'ネクストエンジンの応答にトークンがありませんでした。', en: 'Next Engine’s answer carried no tokens.' },
  loggedIn: { ja: 'ネクストエンジンにログインしました。', en: 'Logged in to Next Engine.' },
  statusLoggedIn: { ja: 'ネクストエンジンにログインしています。', en: 'Logged in to Next Engine.' },
  statusExpired: {
    ja: 'ネクストエンジンのログインは有効期限切れです。',
    en: 'The Next Engine login has expired.',
  },
  company: { ja: '会社: {name} (企業ID {id})', en: 'Company: {name} (company id {id})' },
  endDates: {
    ja: '有効期限 (日本時間): アクセストークン {access}、リフレッシュトークン {refresh}',
    en: 'Valid until (Japan time): access token {access}, refresh token {refresh}',
  },
  savedIn: { ja: 'ログイン情報: {file} (この作業フォルダ専用)', en: 'Login saved in {file} (this working folder only)' },
  readOnly: {
    ja: 'sc-setup はネクストエンジンのデータを読むだけで、書き込みは一切しません。',
    en: 'sc-setup only reads Next Engine’s data; it never writes anything to Next Engine.',
  },
  loggedOut: {
    ja: 'ログイン情報を削除しました (ネクストエンジンへの送信はありません)。',
    en: 'Deleted the saved login (nothing was sent to Next Engine).',
  },
  wasNotLoggedIn: { ja: 'この作業フォルダにはログイン情報がありません。', en: 'No login is saved in this working folder.' },

  // the checklist
  expiredNotice: {
    ja: '注意: ネクストエンジンのログインは有効期限切れです ({date} 日本時間)。ファイルで進めます。APIで確認するには `sc-setup ne login` でログインし直してください。',
    en: 'Note: the Next Engine login has expired ({date}, Japan time); continuing with files. Run `sc-setup ne login` to check through the API again.',
  },
  usingApi: {
    ja: 'ネクストエンジンAPIから読み取ります ({company})。',
    en: 'Reading from the Next Engine API ({company}).',
  },
  viaApi: { ja: 'ネクストエンジンAPIから {count}件を読み取りました ({what})。', en: 'Read {count} records from the Next Engine API ({what}).' },
  tagsUploadAsk: {
    ja: '{file} をネクストエンジンの [商品]→[商品一括登録] でアップロードし、処理が終わりましたか? (ネクストエンジンでタグを確認します)',
    en: 'Have you uploaded {file} with [商品]→[商品一括登録] in Next Engine and has it finished? (sc-setup then checks the tags in Next Engine)',
  },
  tagsNotUploaded: {
    ja: '手順9は、タグのアップロードがネクストエンジンに反映されるまで完了になりません。',
    en: 'Step 9 is done only once the tag upload shows in Next Engine.',
  },
  tagsUploadHint: {
    ja: '{file} をアップロードしてから `sc-setup continue` (または `sc-setup step 9`) を実行してください。',
    en: 'Upload {file}, then run `sc-setup continue` (or `sc-setup step 9`).',
  },
  tagsLacking: {
    ja: 'ネクストエンジンの商品 {count}件に、アップロードしたタグがありません: {codes}',
    en: '{count} goods in Next Engine lack the uploaded tags: {codes}',
  },
  tagsMissingGoods: { ja: '(ネクストエンジンにない商品コード)', en: '(code not in Next Engine)' },
  tagsAllPresent: {
    ja: 'ネクストエンジンで {count}件の商品すべてにタグが付いていることを確認しました。',
    en: 'Next Engine shows the tags on all {count} goods.',
  },
  tagsNothingToUpload: {
    ja: 'タグの変わる商品はありません (アップロード不要)。',
    en: 'No goods change tags: nothing to upload.',
  },
  shopUnknown: {
    ja: '手順5の店舗名「{name}」がネクストエンジンの店舗にありません (ある店舗: {names})。',
    en: 'The shop name "{name}" of step 5 is not a Next Engine shop (shops: {names}).',
  },
  shopUnknownHint: {
    ja: '`sc-setup step 5 --redo` でネクストエンジンの店舗名をそのまま記録してください。',
    en: 'Record the exact Next Engine shop name with `sc-setup step 5 --redo`.',
  },
  testOrderSearching: {
    ja: '店舗「{shop}」の {since} (日本時間) 以降の受注をネクストエンジンで探します。',
    en: 'Looking in Next Engine for orders of shop "{shop}" since {since} (Japan time).',
  },
  testOrderFound: {
    ja: 'テスト注文がネクストエンジンに届いています: 伝票番号 {slip} (受注番号 {number}、{date})。',
    en: 'The test order reached Next Engine: slip {slip} (order number {number}, {date}).',
  },
  testOrderNotFound: {
    ja: '店舗「{shop}」の {since} (日本時間) 以降の受注がネクストエンジンにありません。',
    en: 'Next Engine has no order of shop "{shop}" since {since} (Japan time).',
  },
  testOrderNotFoundHint: {
    ja: 'テスト注文をして、受注メールが取り込まれるのを数分待ってから `sc-setup continue` を実行してください。',
    en: 'Place a test order, wait a few minutes for the order mail to be imported, then run `sc-setup continue`.',
  },
  searchAgain: {
    ja: 'まだ見つかりません。受注メールの取込には数分かかることがあります。もう一度探しますか?',
    en: 'Not there yet; importing the order mail can take a few minutes. Search again?',
  },
  methodsMissing: {
    ja: '{kind}「{names}」がネクストエンジンにありません (ある{kind}: {known})。',
    en: '{kind} "{names}" not found in Next Engine ({kind} there: {known}).',
  },
  kindDelivery: { ja: '発送方法', en: 'Shipping method(s)' },
  kindPayment: { ja: '支払方法', en: 'Payment method(s)' },
  methodsMissingHint: {
    ja: 'ネクストエンジンでの名前と一字一句同じになるよう、`sc-setup step 11 --redo` で記録し直してください。',
    en: 'Record the names exactly as Next Engine writes them with `sc-setup step 11 --redo`.',
  },
  methodsAllPresent: {
    ja: '発送方法 {delivery}件・支払方法 {payment}件すべてがネクストエンジンにあることを確認しました。',
    en: 'All {delivery} shipping and {payment} payment methods exist in Next Engine.',
  },
});
