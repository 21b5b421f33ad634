/**
 * The Japanese interface text: the source catalogue. Its keys and placeholders are what every other
 * catalogue must have (messages.test.ts checks it). Words that browser code needs too (a card's
 * badges, the open-now line, the hours) live beside that code and are referred to here, so each
 * Japanese sentence is written once.
 */
import { ANSWER_LABELS, CARD_LABELS } from '../../resources/card-model.ts';
import { JA_OPEN_STATUS_WORDS } from '../../hours/open-status.ts';
import { JA_HOURS_WORDS } from '../../hours/hours.ts';
import { JA_FINDER_MESSAGES } from '../../finder/finder-messages.ts';
import { AREA_LEVEL_LABELS } from '../../../schemas/area.ts';
import {
  ACCESSIBILITY_LABELS,
  AUDIENCE_LABELS,
  COST_LABELS,
  RESOURCE_STATUS_LABELS,
  TARGET_LABELS,
} from '../../../schemas/resource.ts';

export const ja = {
  language: {
    /** The language's own name, in the language switch. */
    name: '日本語',
    /** The language switch's label. */
    switchLabel: '言語',
  },
  layout: {
    skipLink: '本文へ移動',
    sampleStrong: 'これはサンプルです。',
    sampleText: 'このサイトの施設・窓口・電話番号・住所はすべて架空のデータです。',
    menuLabel: 'メインメニュー',
    menu: {
      windows: '相談窓口を探す',
      areas: '地域から探す',
      resources: 'サービス・場所の一覧',
      networks: '会議・ネットワーク',
      map: '地図',
      mylist: 'マイリスト',
    },
    breadcrumbsLabel: '現在の場所',
    home: 'ホーム',
    pageTitle: '{title} | {site}',
    footerContact: 'このサイトの内容についてのお問い合わせ: {name}',
    phone: '電話',
    footerSample: '掲載しているデータは説明用の架空のものです。実在の施設・団体とは関係ありません。',
    footerMunicipality: '{name}（全国地方公共団体コード {code}）',
    accessibility: 'アクセシビリティ方針',
    savedCopy:
      'インターネットにつながっていないため、この端末に保存した写しを表示しています（{time}時点の内容）。つながると最新の内容に替わります。',
  },
  search: {
    formLabel: 'サイト内検索',
    field: 'さがす言葉',
    placeholder: '例: デイサービス、ほんちょう',
    submit: '検索',
  },
  home: {
    description: '{municipality}の相談窓口、医療・介護のサービス、通いの場を探せます。',
    lead: '{municipality}で暮らす方とご家族、支援にあたる方のための、相談窓口・医療・介護・地域の活動の案内です。',
    topics: 'どんなことでお困りですか',
    areas: 'お住まいの地域から探す',
    areaList: '地域の一覧',
    categories: 'サービス・場所の種類から探す',
    general: 'どこに相談すればよいかわからないとき',
  },
  notFound: {
    title: 'ページが見つかりません',
    text: 'お探しのページは移動したか、なくなった可能性があります。',
    home: 'ホームへ',
  },
  finder: {
    title: '相談窓口を探す',
    description: '困りごとと住んでいる地域から、相談できる窓口と電話番号を探せます。',
    lead: '困っていることを選んで、お住まいの地域を選ぶと、相談できる窓口と電話番号が出ます。',
    step1: 'どんなことでお困りですか',
    byArea: 'お住まいの地域の窓口をまとめて見る',
    byAreaLead: '困りごとを決めずに、地域の窓口をまとめて見ることもできます。',
    pickDistrict: '地区から選ぶ',
    pickTownList: '町名の一覧から選ぶ',
    general: 'どこに相談すればよいかわからないとき',
    siteContactBefore: 'このサイトについては {name}（電話',
    siteContactAfter: '）へどうぞ。',
    professionalSummary: '専門職の方（医療・介護の専門職向けの窓口）',
    professionalLead: '次の窓口は専門職の方のための窓口です。住民の方のご相談は、お住まいの地域の窓口へどうぞ。',
    // step 2
    topicTitle: '{topic}：お住まいの地域は',
    topicDescription: '「{topic}」の相談窓口を、お住まいの地域から探せます。',
    step2: 'お住まいの地域は',
    pickTown: '町名から選ぶ',
    wholeMunicipality: '地域がわからないとき・{municipality}全体の窓口を見る',
    chooseTopicAgain: '困りごとを選びなおす',
    // step 3
    answerTitle: '{area}の「{topic}」の相談窓口',
    answerDescription: '{area}で「{topic}」を相談できる窓口と電話番号',
    answerHeading: '{area}の「{topic}」の相談先',
    answerCount: {
      other: '{count}か所の窓口に相談できます。上にあるほど、お住まいの地域に近い窓口です。',
    },
    answerOne: 'こちらの窓口に相談できます。',
    noWindows:
      '{area}で「{topic}」を受ける窓口の登録が、まだありません。まずは次の窓口にご相談ください。どこへつなげばよいか一緒に考えます。',
    whyMunicipality: '{area}全体の窓口',
    whyArea: '{area}の担当',
    parts: '地区ごとの窓口',
    partsLead: '{area}の中でも、地区ごとに担当の窓口が決まっています。お住まいの地区の窓口へどうぞ。',
    referrals: 'その先の相談先（つなぎ先）',
    referralsLead: '相談の内容によっては、上の窓口から次の窓口へつないでもらえます。直接相談することもできます。',
    referralsFromLabel: '{name}からのつなぎ先',
    referralsFrom: '{name}から',
    answerProfessionalSummary: '専門職の方（医療・介護の専門職向けの窓口を表示）',
    answerProfessionalLead: '次の窓口は専門職の方のための窓口です。住民の方のご相談は上の窓口へどうぞ。',
    noProfessional: 'この相談について、専門職向けの窓口の登録はありません。上の窓口へご相談ください。',
    unsure: 'わからないときは',
    unsureBefore: 'どこに相談すればよいかわからないときは、{name}（電話',
    unsureAfter: '）へお電話ください。',
    otherArea: '別の地域を選ぶ',
    otherTopic: '別の困りごとを選ぶ',
    allOfArea: '{area}の相談窓口とサービスをすべて見る',
    printArea: '{area}の相談窓口を印刷する（A4）',
  },
  /** The town or address field and 現在地 (FinderSearch.astro; the sentences src/scripts/finder/ says). */
  finderSearch: {
    label: '町名や住所を入力してください',
    example: '（例: 本町２丁目、ほんちょう）',
    submit: '探す',
    locate: '現在地から探す',
    locationNote: '現在地は、この画面の中だけで使います。どこにも送りません。',
    professional: '専門職の方（医療・介護の専門職向けの窓口も表示する）',
  },
  finderMessages: JA_FINDER_MESSAGES,
  townIndex: {
    empty: '町名の一覧はまだ登録されていません。地区の一覧から選んでください。',
  },
  areas: {
    title: '地域から探す',
    lead: '地域（日常生活圏域）と地区の一覧です。地区のページには、その地区を担当する相談窓口と、近くのサービス・場所が載っています。',
    levels: AREA_LEVEL_LABELS,
    treeWindows: '窓口 {count}',
    treeResources: '資源 {count}',
  },
  area: {
    description: '{area}の相談窓口とサービス・場所',
    towns: '町丁目: {towns}',
    windows: 'この地域の相談窓口',
    print: 'この地域の相談窓口を印刷する（A4）',
    byTopic: '困りごとごとの相談先',
    fallbackNote: '（担当の窓口の登録がないため、市の窓口をご案内しています）',
    partialNote: '（ほかに地区ごとの窓口があります）',
    serving: 'この地域を担当する窓口',
    noWindowsBefore: 'この地域を担当する窓口の登録がありません。',
    noWindowsAfter: 'から市全体の窓口をご覧ください。',
    professional: '専門職の方向けの窓口',
    resources: 'この地域のサービス・場所',
    manyResources: { other: '{count}件あります。数が多いため、次の地域ごとのページに載せています。' },
    count: { other: '（{count}件）' },
    noResources: 'この地域にあるサービス・場所の登録はまだありません。',
    childrenOfMunicipality: 'この地域の地域・地区',
    childrenOfRegion: 'この地域の地区',
    networks: 'この地域の会議・ネットワーク',
  },
  /** A resource's own page. */
  resource: {
    description: '{name}（{category}）',
    descriptionPlace: '{name}（{category}）：{address}',
    suspended: '現在、休止しています。再開の予定は運営者にお問い合わせください。',
    closed: 'この事業は廃止されました。記録のために掲載しています。',
    professionalStrong: '医療・介護の専門職の方向けの窓口です。',
    professionalBefore: '住民の方のご相談は、お住まいの地域の相談窓口（',
    professionalAfter: '）へどうぞ。',
    call: '電話する {phone}',
    basics: '基本情報',
    address: '住所',
    gsiMap: '地理院地図で見る',
    howToUse: '利用の方法',
    online: '電話・オンラインで利用できます（訪ねる場所はありません）',
    phone: '電話',
    fax: 'FAX',
    email: 'メール',
    url: 'ホームページ',
    audience: '利用できる人',
    targets: '対象者',
    appointment: '予約',
    appointmentNeeded: '予約が必要です',
    appointmentNotNeeded: '予約は不要です',
    cost: '費用',
    capacity: '定員・空き',
    capacityTotal: '定員 {count}人',
    capacityAvailable: '空き {count}人',
    asOf: '{date}時点',
    accessibility: 'バリアフリー',
    languages: '対応言語',
    operator: '運営',
    hours: '受付時間',
    topics: '相談できること',
    servesAreas: '担当地区',
    body: 'くわしい内容',
    refersTo: 'この窓口から、こんな相談先につなぎます',
    refersToLead: '相談の内容によって、次の窓口へつなぎます。直接相談することもできます。',
    otherTopics: 'そのほかの相談',
    referredFrom: 'ここへ相談をつなぐ窓口',
    about: 'この情報について',
    verifiedAt: '情報確認日',
    stale: { other: '（確認から{count}か月以上たっています。最新の情報はお問い合わせください）' },
    source: '出典',
    hoursCaption: '曜日ごとの受付時間',
    hoursDay: '曜日',
    hoursTime: '時間',
    closedDay: '休み',
    noHours: '受付時間の情報はありません。お問い合わせください。',
  },
  /** The words for a resource's fixed values (the schema's labels in Japanese). */
  labels: {
    status: RESOURCE_STATUS_LABELS,
    audience: AUDIENCE_LABELS,
    targets: TARGET_LABELS,
    cost: COST_LABELS,
    accessibility: ACCESSIBILITY_LABELS,
  },
  resourceGroups: {
    count: { other: '（{count}件）' },
    empty: '該当するものはありません。',
  },
  /** Between items of a list in running text (「本町、緑町」) and between short words (「月・水」). */
  punctuation: { list: '、', words: '・', open: '（', close: '）' },
  card: CARD_LABELS,
  answer: ANSWER_LABELS,
  hours: JA_HOURS_WORDS,
  openStatus: JA_OPEN_STATUS_WORDS,
};

/** A value of a catalogue: a sentence, a count's plural forms, or a group of them. */
type Widen<T> = T extends string
  ? string
  : T extends { other: string }
    ? { zero?: string; one?: string; two?: string; few?: string; many?: string; other: string }
    : { [K in keyof T]: Widen<T[K]> };

/** The shape every catalogue has: the Japanese keys, any text. */
export type Messages = Widen<typeof ja>;
