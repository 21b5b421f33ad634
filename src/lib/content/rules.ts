/**
 * Every rule of the content validator, in one place: its id (the `rule` of each diagnostic, which
 * tests and tools match on), its severity, one line saying what it asks of the content, and the
 * sentence the clerk reads, built from what the check found. The checks name an entry here
 * (`problem(RULES.duplicateFileId, { id, firstFile })`) and never write an id or a sentence
 * themselves, so each sentence is written once and the list below is the whole rule book.
 *
 * A few rules say different things in different places (a duplicate id in a list and in a folder):
 * each sentence is its own entry, under the same id.
 */

export type Severity = 'error' | 'warning';

export interface Rule<V> {
  /** Stable short name, shown as the diagnostic's `rule`. */
  id: string;
  severity: Severity;
  /** What the rule asks of the content, for staff reading this list. */
  description: string;
  /** The clerk-facing sentence, from the values the check found. */
  message: (values: V) => string;
}

/** What a check found: the rule's id and severity with its sentence, before a position is given. */
export interface Problem {
  rule: string;
  severity: Severity;
  message: string;
}

/** Values of the schema rules: the field as written with its title, e.g. `hours[0].time（時間）`. */
interface Named {
  name: string;
}

/** The schema's own sentence when the field defines one; the rule's sentence otherwise. */
interface OwnMessage {
  own?: string;
}

interface UnknownKey {
  /** The key's path as written, e.g. hours[0].tme */
  field: string;
  key: string;
  /** The allowed key it most likely meant. */
  suggestion?: string;
  allowed: string[];
}

interface DanglingReference {
  /** The field as written, with its title when the schema gives one. */
  field: string;
  title?: string;
  value: string;
  /** The collections the id may be in, as the clerk knows them. */
  places: string[];
  /** The id it most likely meant. */
  meant?: string;
}

export const RULES = {
  // --- reading a file ----------------------------------------------------------------------
  encoding: {
    id: 'encoding',
    severity: 'error',
    description: 'ファイルは UTF-8 で保存する',
    message: () => 'ファイルが UTF-8 で保存されていません（Shift_JIS など）。UTF-8 で保存し直してください',
  },
  yamlDuplicateKey: {
    id: 'yaml',
    severity: 'error',
    description: '同じ項目を2回書かない',
    message: ({ key, detail }: { key?: string; detail: string }) =>
      key ? `${key}: 「${key}」が2回書かれています。1つにまとめてください` : `同じ項目が2回書かれています（YAML: ${detail}）`,
  },
  yamlSyntax: {
    id: 'yaml',
    severity: 'error',
    description: 'YAML の字下げと「:」の書き方を守る',
    message: ({ detail }: { detail: string }) =>
      `YAML の書き方に誤りがあります。字下げ（半角スペース）や「:」の後の空白を確かめてください（${detail}）`,
  },
  yamlTab: {
    id: 'yaml',
    severity: 'error',
    description: 'YAML の字下げは半角スペースで（タブは使わない）',
    message: () => 'YAML の字下げにタブが使われています。半角スペースにしてください',
  },
  yamlUnreadable: {
    id: 'yaml',
    severity: 'error',
    description: 'YAML として読み取れる形で書く',
    message: ({ detail }: { detail: string }) => `YAML を読み取れません（${detail}）`,
  },
  yamlWarning: {
    id: 'yaml',
    severity: 'warning',
    description: 'YAML の読み取りで注意が出る書き方を避ける',
    message: ({ detail }: { detail: string }) => `YAML の書き方の注意: ${detail}`,
  },
  frontMatterMissing: {
    id: 'yaml',
    severity: 'error',
    description: 'Markdown ファイルの先頭に --- で囲んだ項目（フロントマター）を書く',
    message: () => 'ファイルの先頭に --- で囲んだ項目（フロントマター）がありません',
  },
  notAMapping: {
    id: 'yaml',
    severity: 'error',
    description: 'ファイルの中身は「項目: 値」の組で書く',
    message: () => 'ファイルの中身が「項目: 値」の形になっていません',
  },
  numericText: {
    id: 'numeric-text',
    severity: 'warning',
    description: '電話番号・郵便番号・コードは引用符で囲む（先頭の 0 を失わないため）',
    message: ({ key, raw }: { key: string; raw: string }) =>
      `${key}: ${raw} は数値として読まれるため、"${raw}" のように引用符で囲んでください（先頭の 0 を失わないよう、書かれたとおりの文字として読みました）`,
  },

  // --- Markdown bodies ---------------------------------------------------------------------
  markdownHtml: {
    id: 'markdown-html',
    severity: 'error',
    description: '本文に HTML を書かない（Markdown で書く）',
    message: ({ html }: { html: string }) =>
      `本文に HTML（${html.slice(0, 30).replace(/\s+/g, ' ')}）は書けません。Markdown の書き方（**太字**、- 箇条書き、[文字](https://…)）にしてください`,
  },
  markdownLink: {
    id: 'markdown-link',
    severity: 'error',
    description: '本文のリンクは https:、mailto:、tel: か、このサイト内のページだけ',
    message: ({ url }: { url: string }) =>
      `本文のリンク先「${url.slice(0, 60)}」は使えません。https://、mailto:、tel: で始まるリンクか、このサイト内のページにしてください`,
  },

  // --- text safety (untrusted-text.ts; `shown` is the text as quoteForMessage gives it) -------
  textHtml: {
    id: 'text-html',
    severity: 'error',
    description: '項目に HTML のタグや on…= の属性を書かない',
    message: ({ shown }: { shown: string }) => `HTML のタグや on…= の属性は書けません（「${shown}」）。文字だけで書いてください`,
  },
  textEntity: {
    id: 'text-entity',
    severity: 'error',
    description: '項目に HTML の文字参照（&lt; &#…;）を書かない',
    message: ({ shown }: { shown: string }) =>
      `&lt; や &#…; のような HTML の文字参照は書けません（「${shown}」）。文字をそのまま書いてください`,
  },
  bodyTextEntity: {
    id: 'text-entity',
    severity: 'error',
    description: '本文に HTML の文字参照（&lt; &#…;）を書かない',
    message: ({ shown }: { shown: string }) =>
      `本文に &lt; や &#…; のような HTML の文字参照は書けません（「${shown}」）。文字をそのまま書いてください`,
  },
  textScriptUrl: {
    id: 'text-script-url',
    severity: 'error',
    description: 'javascript: / vbscript: / data: の URL を書かない',
    message: ({ shown }: { shown: string }) =>
      `javascript: / vbscript: / data: の URL は書けません（「${shown}」）。リンクは https:// で書いてください`,
  },
  textBidi: {
    id: 'text-bidi',
    severity: 'error',
    description: '文字の向きを変える見えない制御文字を含めない',
    message: ({ shown }: { shown: string }) =>
      `文字の向きを変える見えない制御文字（U+202A〜U+202E, U+2066〜U+2069）が含まれています（「${shown}」）。消してください`,
  },
  textInvisible: {
    id: 'text-invisible',
    severity: 'error',
    description: 'ゼロ幅スペースなどの見えない文字を含めない',
    message: ({ shown }: { shown: string }) => `見えない文字（ゼロ幅スペースなど）が含まれています（「${shown}」）。消してください`,
  },
  textControl: {
    id: 'text-control',
    severity: 'error',
    description: '制御文字を含めない',
    message: ({ shown }: { shown: string }) => `制御文字が含まれています（「${shown}」）。消してください`,
  },
  textLongWord: {
    id: 'text-long-word',
    severity: 'error',
    description: '空白や句読点のない長すぎる文字の続きを書かない（画面からはみ出す）',
    message: ({ length, shown }: { length: number; shown: string }) =>
      `空白や句読点のない ${length} 文字の続き（「${shown}」）があります。画面からはみ出すので、区切ってください`,
  },
  textTooLong: {
    id: 'text-too-long',
    severity: 'error',
    description: '項目の文は決まった長さまで（長い説明は本文に）',
    message: ({ length, limit }: { length: number; limit: number }) =>
      `${length} 文字あります（${limit} 文字まで）。長い説明は本文に書いてください`,
  },
  textFormula: {
    id: 'text-formula',
    severity: 'error',
    description: '項目を = + @ で始めない（表計算ソフトで数式として動くため）',
    message: ({ shown }: { shown: string }) =>
      `「${shown}」は = + @ で始まっています。表計算ソフトで数式として動くおそれがあるため、先頭の記号を外してください`,
  },

  // --- the schema (error-map.ts) -----------------------------------------------------------
  unknownKey: {
    id: 'unknown-key',
    severity: 'error',
    description: '決まった項目だけを書く（書き間違いには近い項目名を示す）',
    message: ({ field, key, suggestion, allowed }: UnknownKey) =>
      suggestion
        ? `${field}: 「${key}」という項目はありません。「${suggestion}」の書き間違いではありませんか？`
        : `${field}: 「${key}」という項目はありません（書ける項目: ${allowed.join(', ')}）`,
  },
  required: {
    id: 'required',
    severity: 'error',
    description: '必須の項目を書く',
    message: ({ name }: Named) => `${name}: 必須の項目がありません`,
  },
  wrongType: {
    id: 'type',
    severity: 'error',
    description: '項目ごとに決まった種類の値（文字列・数値・一覧など）で書く',
    message: ({ name, shown, expected, own }: Named & OwnMessage & { shown: string; expected: string }) =>
      `${name}: ${shown} は使えません。${own ?? `${expected}で書いてください`}`,
  },
  wrongShape: {
    id: 'type',
    severity: 'error',
    description: 'いくつかある書き方のどれかで書く',
    message: ({ name, own }: Named & OwnMessage) => `${name}: ${own ?? '書き方が正しくありません'}`,
  },
  notAllowedValue: {
    id: 'enum',
    severity: 'error',
    description: '決まった値のどれかで書く',
    message: ({ name, shown, values, own }: Named & OwnMessage & { shown: string; values: string[] }) =>
      `${name}: ${shown} は使えない値です。${own ?? `${values.join(', ')} のどれかで書いてください`}`,
  },
  tooSmall: {
    id: 'too-small',
    severity: 'error',
    description: '空にしない・決まった数以上にする',
    message: ({ name, own, origin, minimum }: Named & OwnMessage & { origin: string; minimum: unknown }) =>
      `${name}: ${
        own ??
        (origin === 'array' ? `${minimum} つ以上書いてください` : origin === 'string' ? '空になっています' : `${minimum} 以上にしてください`)
      }`,
  },
  tooBig: {
    id: 'too-big',
    severity: 'error',
    description: '決まった数以下にする',
    message: ({ name, own, maximum }: Named & OwnMessage & { maximum: unknown }) =>
      `${name}: ${own ?? `${maximum} 以下にしてください`}`,
  },
  format: {
    id: 'format',
    severity: 'error',
    description: '項目ごとの書式（日付・電話番号・id など）を守る',
    message: ({ name, detail }: Named & { detail: string }) => `${name}: ${detail}`,
  },
  invalidFormat: {
    id: 'invalid_format',
    severity: 'error',
    description: '項目ごとの文字の形（id の文字など）を守る',
    message: ({ name, detail }: Named & { detail: string }) => `${name}: ${detail}`,
  },
  notMultipleOf: {
    id: 'not_multiple_of',
    severity: 'error',
    description: '決まった刻みの数値で書く',
    message: ({ name, detail }: Named & { detail: string }) => `${name}: ${detail}`,
  },
  invalidKey: {
    id: 'invalid_key',
    severity: 'error',
    description: '一覧の見出し（キー）を決まった形で書く',
    message: ({ name, detail }: Named & { detail: string }) => `${name}: ${detail}`,
  },
  invalidElement: {
    id: 'invalid_element',
    severity: 'error',
    description: '一覧の中身を決まった形で書く',
    message: ({ name, detail }: Named & { detail: string }) => `${name}: ${detail}`,
  },

  // --- the folder and its files ------------------------------------------------------------
  missingFolder: {
    id: 'missing-folder',
    severity: 'error',
    description: 'コンテンツのフォルダがある',
    message: ({ folder }: { folder: string }) => `コンテンツのフォルダ ${folder} が見つかりません`,
  },
  missingSiteFile: {
    id: 'missing-file',
    severity: 'error',
    description: 'site.yaml がある',
    message: () => 'site.yaml がありません（サイト名・市区町村・地図・問い合わせ先を書くファイルです）',
  },
  missingListFile: {
    id: 'missing-file',
    severity: 'error',
    description: 'categories.yaml と topics.yaml がある',
    message: ({ name }: { name: string }) => `${name} がありません`,
  },
  fileType: {
    id: 'file-type',
    severity: 'error',
    description: '各フォルダには決まった種類のファイル（.yaml または .md）だけを置く',
    message: ({ collection, extensions }: { collection: string; extensions: readonly string[] }) =>
      `${collection}/ には ${extensions.join(' または ')} のファイルを置いてください（このファイルは読み込まれません）`,
  },
  idFormat: {
    id: 'id-format',
    severity: 'error',
    description: 'ファイル名（id）は半角英小文字・数字・ハイフンだけ',
    message: ({ id }: { id: string }) =>
      `ファイル名「${id}」は id に使えません。半角英小文字・数字・ハイフンだけにしてください（例: midori-houkatsu）`,
  },
  symlink: {
    id: 'symlink',
    severity: 'error',
    description: 'シンボリックリンク（別の場所を指すファイル・フォルダー）を置かない（リンク先は読まない）',
    message: ({ link }: { link: string }) =>
      `${link} はシンボリックリンクです。シンボリックリンクは使えません（リンク先は読みません）。リンクを消して、ファイルそのものをこの場所に置いてください`,
  },
  notAFile: {
    id: 'not-a-file',
    severity: 'error',
    description: 'ファイルとフォルダーのほかのもの（名前付きパイプなど）を置かない',
    message: ({ link }: { link: string }) =>
      `${link} はふつうのファイルでもフォルダーでもありません（読みません）。消して、ファイルそのものを置いてください`,
  },
  readingWithoutKanji: {
    id: 'reading-word',
    severity: 'warning',
    description: 'readings.yaml の語には漢字がある（ふりがなは漢字の上にだけ付きます）',
    message: ({ word }: { word: string }) =>
      `「${word}」には漢字がありません。ふりがなは漢字の上にだけ付くので、この行は使われません`,
  },
  readingMismatch: {
    id: 'reading-word',
    severity: 'error',
    description: 'readings.yaml の読みが、語にあるかなと合う',
    message: ({ word, reading }: { word: string; reading: string }) =>
      `「${word}」の読み「${reading}」が、語の中のかなと合いません（語にあるかなは読みにもそのまま入れてください）`,
  },
  duplicateListId: {
    id: 'duplicate-id',
    severity: 'error',
    description: 'categories.yaml・topics.yaml の中で id を重複させない',
    message: ({ id, firstIndex }: { id: string; firstIndex: number }) => `id「${id}」が ${firstIndex + 1} 番目と重複しています`,
  },
  duplicateFileId: {
    id: 'duplicate-id',
    severity: 'error',
    description: '同じフォルダの中で id（ファイル名）を重複させない（サブフォルダが違っても）',
    message: ({ id, firstFile }: { id: string; firstFile: string }) =>
      `id「${id}」は ${firstFile} と重複しています（サブフォルダが違っても id は同じになります）`,
  },

  // --- between files -----------------------------------------------------------------------
  danglingReference: {
    id: 'dangling-reference',
    severity: 'error',
    description: 'ほかのファイルを指す id は、あるものを書く（書き間違いには近い id を示す）',
    message: ({ field, title, value, places, meant }: DanglingReference) =>
      `${field}${title ? `（${title}）` : ''}: 「${value}」は ${places.join(' または ')} にありません${
        meant ? `。「${meant}」の書き間違いではありませんか？` : ''
      }`,
  },
  parentCycle: {
    id: 'parent-cycle',
    severity: 'error',
    description: 'parent（上位）をたどって自分に戻らない',
    message: ({ cycle }: { cycle: string[] }) => `parent（上位）: ${cycle.join(' → ')} と親子関係が輪になっています`,
  },
  selfReferral: {
    id: 'self-reference',
    severity: 'error',
    description: '資源のつなぎ先に自分自身を書かない',
    message: () => 'refersTo（つなぎ先）: 自分自身をつなぎ先にはできません',
  },
  selfLink: {
    id: 'self-reference',
    severity: 'error',
    description: '会議体のつながりに自分自身を書かない',
    message: () => 'linksTo（つながり）: 自分自身とはつなげません',
  },

  // --- areas -------------------------------------------------------------------------------
  noMunicipality: {
    id: 'area-levels',
    severity: 'error',
    description: 'areas/ に市区町村（level: municipality）の地域が1つある',
    message: () => 'areas/ に level: municipality（市区町村）の地域が1つもありません',
  },
  secondMunicipality: {
    id: 'area-levels',
    severity: 'error',
    description: '市区町村（level: municipality）の地域は1つだけ',
    message: ({ first }: { first: string }) => `level: municipality（市区町村）は1つだけにしてください（${first} と重複）`,
  },
  municipalityParent: {
    id: 'area-levels',
    severity: 'error',
    description: '市区町村には上位の地域を書かない',
    message: () => 'parent: 市区町村（municipality）には上位の地域を書きません',
  },
  areaParentRequired: {
    id: 'required',
    severity: 'error',
    description: '地域・地区には上位の地域を書く',
    message: () => 'parent（上位の地域）: 必須の項目がありません（地域・地区には上位の地域を書いてください）',
  },
  areaLevelOrder: {
    id: 'area-levels',
    severity: 'error',
    description: '上位の地域は、市区町村 → 地域 → 地区 の順で自分より上',
    message: ({ parent, parentLevel, level }: { parent: string; parentLevel: string; level: string }) =>
      `parent（上位の地域）: 「${parent}」は ${parentLevel} なので、${level} の上位にはできません`,
  },

  // --- support windows ---------------------------------------------------------------------
  windowServesAreas: {
    id: 'window-serves-areas',
    severity: 'error',
    description: '相談窓口には担当する地域を書く',
    message: ({ category }: { category: string }) =>
      `servesAreas（担当地区）: 相談窓口（${category}）には担当する地域の id を書いてください`,
  },
  windowTopics: {
    id: 'window-topics',
    severity: 'error',
    description: '相談窓口には相談できること（topics.yaml の id）を書く',
    message: ({ category }: { category: string }) =>
      `topics（相談できること）: 相談窓口（${category}）には相談できることを topics.yaml の id で書いてください`,
  },

  // --- locations ---------------------------------------------------------------------------
  locationOutsideJapan: {
    id: 'location-japan',
    severity: 'error',
    description: '資源の位置は日本の中',
    message: ({ lat, lng }: { lat: number; lng: number }) => `location（位置）: 緯度 ${lat}・経度 ${lng} は日本の外です`,
  },
  locationSwapped: {
    id: 'location-japan',
    severity: 'error',
    description: '資源の位置の緯度（lat）と経度（lng）を逆にしない',
    message: ({ lat, lng }: { lat: number; lng: number }) =>
      `location（位置）: 緯度 ${lat}・経度 ${lng} は日本の外です。lat と lng が逆になっていませんか？（lat は 35 前後、lng は 139 前後のような値です）`,
  },
  mapCenterOutsideJapan: {
    id: 'location-japan',
    severity: 'error',
    description: '地図の中心は日本の中（[経度, 緯度] の順）',
    message: ({ lat, lng }: { lat: number; lng: number }) =>
      `map.center（地図の中心）: [${lng}, ${lat}] は日本の外です。[経度, 緯度] の順（例: [139.52, 35.72]）で書いてください`,
  },
  locationOutsideMunicipality: {
    id: 'location-municipality',
    severity: 'warning',
    description: '資源の位置は市区町村の区域の中（市外の資源なら、そのままでよい）',
    message: ({ lat, lng, municipality }: { lat: number; lng: number; municipality: string }) =>
      `location（位置）: 緯度 ${lat}・経度 ${lng} は ${municipality} の区域の外です。市外の資源でなければ位置を確かめてください`,
  },

  // --- languages ---------------------------------------------------------------------------
  unknownLanguage: {
    id: 'site-language',
    severity: 'error',
    description: 'site.yaml の languages には、画面の言葉（翻訳）が用意されている言語だけを書く',
    message: ({ tag, supported }: { tag: string; supported: readonly string[] }) =>
      `languages（ほかの言語）: 「${tag}」の画面の言葉（翻訳）は用意されていません。書ける言語は ${supported.join('、')} です（大文字・小文字もこのとおりに）`,
  },
  japaneseInLanguages: {
    id: 'site-language',
    severity: 'warning',
    description: 'site.yaml の languages に日本語（ja）は書かない（日本語のページはいつも作られる）',
    message: ({ tag }: { tag: string }) =>
      `languages（ほかの言語）: 「${tag}」は書かなくても日本語のページは作られます。この行は消してください`,
  },
  duplicateLanguage: {
    id: 'site-language',
    severity: 'warning',
    description: 'site.yaml の languages に同じ言語を 2 回書かない',
    message: ({ tag }: { tag: string }) => `languages（ほかの言語）: 「${tag}」が 2 回書かれています。1 つにしてください`,
  },

  // --- freshness ---------------------------------------------------------------------------
  verifiedInFuture: {
    id: 'verified-future',
    severity: 'error',
    description: '情報確認日（verifiedAt）は今日まで',
    message: ({ verifiedAt, today }: { verifiedAt: string; today: string }) =>
      `verifiedAt（情報確認日）: ${verifiedAt} は未来の日付です（今日は ${today}）`,
  },
  stale: {
    id: 'stale',
    severity: 'warning',
    description: '情報確認日から site.yaml の staleAfterMonths（既定 12 か月）以上たったら内容を確かめる',
    message: ({ verifiedAt, months }: { verifiedAt: string; months: number }) =>
      `verifiedAt（情報確認日）: ${verifiedAt} から ${months} か月以上たっています。内容を確認して日付を更新してください`,
  },

  // --- the prefecture's portal (federation.yaml and the members' /data/site.json) -----------
  duplicateMember: {
    id: 'federation-duplicate-member',
    severity: 'error',
    description: 'federation.yaml の参加団体の id と団体コードは1回ずつ',
    message: ({ key, value, firstIndex }: { key: string; value: string; firstIndex: number }) =>
      `${key === 'id' ? 'id' : '団体コード'}「${value}」は ${firstIndex + 1} 番目の参加団体と同じです。1団体に1つずつにしてください`,
  },
  memberDistMissing: {
    id: 'federation-dist-missing',
    severity: 'error',
    description: '参加団体の dist はビルド結果のフォルダー',
    message: ({ member, dist }: { member: string; dist: string }) =>
      `${member}: ビルド結果のフォルダー「${dist}」が見つかりません。そのサイトのビルド結果（CI の成果物）を置いてください`,
  },
  memberManifestMissing: {
    id: 'federation-manifest-missing',
    severity: 'error',
    description: '参加団体のビルド結果に data/site.json（サイトの目録）がある',
    message: ({ member }: { member: string }) =>
      `${member}: サイトの目録 data/site.json がありません。新しい版でサイトをビルドし直してください。この団体はポータルに載りません`,
  },
  memberManifestUnreadable: {
    id: 'federation-manifest-unreadable',
    severity: 'error',
    description: 'サイトの目録は JSON として読める',
    message: ({ member, detail }: { member: string; detail: string }) =>
      `${member}: サイトの目録 data/site.json を JSON として読めません（${detail}）。この団体はポータルに載りません`,
  },
  memberManifestInvalid: {
    id: 'federation-manifest-invalid',
    severity: 'error',
    description: 'サイトの目録は /schemas/site-manifest.schema.json の形',
    message: ({ member, missing, wrong }: { member: string; missing: string[]; wrong: string[] }) =>
      `${member}: サイトの目録 data/site.json の形が違います（${[
        missing.length > 0 ? `ない項目: ${missing.join(', ')}` : '',
        wrong.length > 0 ? `値が正しくない項目: ${wrong.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('。')}）。新しい版でサイトをビルドし直してください。この団体はポータルに載りません`,
  },
  memberCodeMismatch: {
    id: 'federation-code-mismatch',
    severity: 'error',
    description: '参加団体の団体コードはそのサイトの目録の団体コードと同じ',
    message: ({ member, expected, found, foundName }: { member: string; expected: string; found: string; foundName: string }) =>
      `${member}: federation.yaml の団体コード ${expected} と、サイトの目録の団体コード ${found}（${foundName}）が違います。別の団体のビルド結果ではありませんか？この団体はポータルに載りません`,
  },
  memberMapDataUnreadable: {
    id: 'federation-map-data-unreadable',
    severity: 'warning',
    description: '参加団体のビルド結果に、目録が指す地図のデータ（GeoJSON）があり、読める',
    message: ({ member, file, detail }: { member: string; file: string; detail: string }) =>
      `${member}: 地図のデータ ${file} を読めません（${detail}）。この団体の場所は県の地図に出ません（ほかのページには載ります）`,
  },
  memberSearchIndexUnreadable: {
    id: 'federation-search-index-unreadable',
    severity: 'warning',
    description: '参加団体のビルド結果に、目録が指す検索の索引（Pagefind）があり、読める',
    message: ({ member, file, detail }: { member: string; file: string; detail: string }) =>
      `${member}: 検索の索引 ${file} を読めません（${detail}）。県の検索は、どの言葉でもこの団体の索引を読みに行きます（見つかるものは変わらず、最初の検索が少し重くなります）`,
  },
  memberMapPointsSkipped: {
    id: 'federation-map-points-skipped',
    severity: 'warning',
    description: '地図のデータの場所には id と正しい緯度・経度がある',
    message: ({ member, file, count }: { member: string; file: string; count: number }) =>
      `${member}: 地図のデータ ${file} のうち ${count} 件は id か緯度・経度が正しくないため、県の地図に出しません`,
  },
  // --- translations (content/i18n/<language>/) --------------------------------------------
  translationLanguage: {
    id: 'translation-language',
    severity: 'error',
    description: 'i18n/ の下のフォルダー名は site.yaml の languages に書いた言語だけ',
    message: ({ folder, language, languages, meant }: { folder: string; language: string; languages: string[]; meant?: string }) =>
      `${folder}: 「${language}」は site.yaml の languages にない言語です（このフォルダーの翻訳は使われません）。${
        meant ? `「${meant}」の書き間違いではありませんか？` : ''
      }${languages.length ? `使える言語: ${languages.join(', ')}` : 'site.yaml に languages: [en] のように言語を書いてください'}`,
  },
  translationPlace: {
    id: 'translation-place',
    severity: 'error',
    description: '翻訳は i18n/<言語>/resources/<id>.md と i18n/<言語>/ の categories.yaml・topics.yaml・areas.yaml・networks.yaml に置く',
    message: ({ file }: { file: string }) =>
      `${file} は翻訳として読みません。i18n/<言語>/resources/<id>.md か、i18n/<言語>/ の categories.yaml・topics.yaml・areas.yaml・networks.yaml に置いてください`,
  },
  translationUnknownId: {
    id: 'translation-unknown-id',
    severity: 'error',
    description: '翻訳の id は日本語の内容にあるものを書く（書き間違いには近い id を示す）',
    message: ({ id, place, meant }: { id: string; place: string; meant?: string }) =>
      `「${id}」は ${place} にありません（翻訳するもとの日本語がありません）${meant ? `。「${meant}」の書き間違いではありませんか？` : ''}`,
  },
  translationStale: {
    id: 'translation-stale',
    severity: 'warning',
    description: '翻訳したあとに日本語が変わったら、翻訳を見直す',
    message: ({ field, japaneseFile, removed, command }: { field: string; japaneseFile: string; removed: boolean; command: string }) =>
      `${field}: 翻訳したあとに、日本語（${japaneseFile}）の${removed ? 'この項目がなくなりました' : 'この項目が変わりました'}。翻訳を見直してから ${command} を実行してください`,
  },
  translationUnstamped: {
    id: 'translation-unstamped',
    severity: 'warning',
    description: '翻訳には、もとにした日本語の記録（basedOn）を npm run translations で書き込む',
    message: ({ fields }: { fields: string[] }) =>
      `basedOn: ${fields.join('、')} の、もとにした日本語の記録がありません。npm run translations を実行してください（日本語が変わったときに知らせるために使います）`,
  },
} as const satisfies Record<string, Rule<never>>;

export type RuleName = keyof typeof RULES;

/** A rule's finding: its id and severity with the sentence for `values`. */
export function problem(rule: Rule<void>): Problem;
export function problem<V>(rule: Rule<V>, values: V): Problem;
export function problem<V>(rule: Rule<V>, values?: V): Problem {
  return { rule: rule.id, severity: rule.severity, message: rule.message(values as V) };
}
