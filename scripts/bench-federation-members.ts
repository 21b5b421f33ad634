/**
 * The member towns of `npm run bench:federation`, in the shape of 東京都: 23 区, 26 市 and 13 町村,
 * the 457 地域包括支援センター split 288 in the 区 and 169 in the 市町村部, about 60,000 resources in
 * all (shared out by 包括, as a town's services grow with its elderly population). Each member has
 * its real municipality code and a box of its own inside Tokyo's extent (区 in the east, 市 across
 * 多摩, 町村 along the west and north). The names are made up (the content is). Fewer than 62
 * members take an even spread of the three kinds, each as large as it is at 62.
 */

export type MemberKind = 'ku' | 'shi' | 'choson';

export interface BenchMember {
  id: string;
  name: string;
  kana: string;
  /** 6-digit 全国地方公共団体コード (with its check digit) */
  code: string;
  kind: MemberKind;
  /** 地域包括支援センター (= regions of the generated town) */
  houkatsu: number;
  resources: number;
  /** [west, south, east, north] */
  extent: [number, number, number, number];
}

export const TOKYO_MEMBERS = 62;
export const TOKYO_HOUKATSU = { ku: 288, rest: 169 };
export const TOKYO_RESOURCES = 60_000;

const KU_CODES = Array.from({ length: 23 }, (_, i) => 13101 + i);
const SHI_CODES = [
  13201, 13202, 13203, 13204, 13205, 13206, 13207, 13208, 13209, 13210, 13211, 13212, 13213, 13214, 13215, 13218, 13219,
  13220, 13221, 13222, 13223, 13224, 13225, 13227, 13228, 13229,
];
const CHOSON_CODES = [13303, 13305, 13307, 13308, 13361, 13362, 13363, 13364, 13381, 13382, 13401, 13402, 13421];
/** Made-up place names (kanji, reading) for the members. */
const ROOTS: [string, string][] = [
  ['桜', 'さくら'],
  ['若葉', 'わかば'],
  ['緑', 'みどり'],
  ['松原', 'まつばら'],
  ['梅田', 'うめだ'],
  ['竹野', 'たけの'],
  ['泉', 'いずみ'],
  ['栄', 'さかえ'],
  ['北野', 'きたの'],
  ['朝日', 'あさひ'],
  ['富士見', 'ふじみ'],
  ['青葉', 'あおば'],
  ['白山', 'はくさん'],
  ['川辺', 'かわべ'],
  ['日向', 'ひなた'],
  ['光', 'ひかり'],
  ['花園', 'はなぞの'],
  ['柏木', 'かしわぎ'],
  ['楓', 'かえで'],
  ['欅', 'けやき'],
  ['春日', 'かすが'],
  ['大和', 'やまと'],
  ['若松', 'わかまつ'],
  ['三田', 'みた'],
  ['宮原', 'みやはら'],
  ['鶴見', 'つるみ'],
  ['亀井', 'かめい'],
  ['星川', 'ほしかわ'],
  ['月見', 'つきみ'],
  ['稲荷', 'いなり'],
  ['小川', 'おがわ'],
  ['大川', 'おおかわ'],
];
/** The parts of Tokyo's extent each kind is spread over: [west, south, east, north]. */
const KIND_BOXES: Record<MemberKind, [number, number, number, number]> = {
  ku: [139.56, 35.53, 139.92, 35.82],
  shi: [139.12, 35.6, 139.56, 35.8],
  choson: [138.95, 35.8, 139.56, 35.9],
};
const SUFFIX: Record<MemberKind, [string, string][]> = {
  ku: [['区', 'く']],
  shi: [['市', 'し']],
  choson: [
    ['町', 'まち'],
    ['村', 'むら'],
  ],
};

/** The check digit of a 5-digit municipality code (総務省の検査数字). */
export function withCheckDigit(code5: number): string {
  const digits = String(code5).split('').map(Number);
  const sum = digits.reduce((total, digit, i) => total + digit * (6 - i), 0);
  return `${code5}${(11 - (sum % 11)) % 10}`;
}

/** n whole numbers that add up to total, as even as can be (the first ones get the extra). */
function shareOut(total: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => Math.floor(total / n) + (i < total % n ? 1 : 0));
}

/** The i-th of n cells of a grid laid over a box. */
function cellOf(box: [number, number, number, number], i: number, n: number): [number, number, number, number] {
  const columns = Math.ceil(Math.sqrt(n * ((box[2] - box[0]) / (box[3] - box[1]))));
  const rows = Math.ceil(n / columns);
  const w = (box[2] - box[0]) / columns;
  const h = (box[3] - box[1]) / rows;
  const [x, y] = [i % columns, Math.floor(i / columns)];
  // a margin of a tenth of the cell keeps neighbours apart
  return [box[0] + (x + 0.05) * w, box[3] - (y + 0.95) * h, box[0] + (x + 0.95) * w, box[3] - (y + 0.05) * h];
}

function membersOfKind(kind: MemberKind, codes: number[], houkatsu: number[], offset: number): BenchMember[] {
  return codes.map((code5, i) => {
    const [root, rootKana] = ROOTS[(i + offset) % ROOTS.length]!;
    const [suffix, suffixKana] = SUFFIX[kind][i % SUFFIX[kind].length]!;
    const count = houkatsu[i]!;
    return {
      id: `m${code5}`,
      name: `${root}${suffix}`,
      kana: `${rootKana}${suffixKana}`,
      code: withCheckDigit(code5),
      kind,
      houkatsu: count,
      resources: Math.round((TOKYO_RESOURCES * count) / (TOKYO_HOUKATSU.ku + TOKYO_HOUKATSU.rest)),
      extent: cellOf(KIND_BOXES[kind], i, codes.length),
    };
  });
}

/** All 62 members of the Tokyo shape. */
export function tokyoShape(): BenchMember[] {
  const ku = shareOut(TOKYO_HOUKATSU.ku, KU_CODES.length);
  // a 町村 has 3 包括 and the 市 share the rest (5 each: 169 = 13 × 3 + 26 × 5)
  const choson = shareOut(3 * CHOSON_CODES.length, CHOSON_CODES.length);
  const shi = shareOut(TOKYO_HOUKATSU.rest - choson.reduce((a, b) => a + b, 0), SHI_CODES.length);
  return [
    ...membersOfKind('ku', KU_CODES, ku, 0),
    ...membersOfKind('shi', SHI_CODES, shi, 3),
    ...membersOfKind('choson', CHOSON_CODES, choson, 9),
  ];
}

/** n members (1..62): all 62, or an even spread of 区・市・町村 taken in turn. */
export function benchMembers(n: number): BenchMember[] {
  if (!Number.isInteger(n) || n < 1 || n > TOKYO_MEMBERS) {
    throw new Error(`--members は 1 から ${TOKYO_MEMBERS} までの整数で指定してください（指定: ${n}）`);
  }
  const all = tokyoShape();
  const kinds: MemberKind[] = ['ku', 'shi', 'choson'];
  const ku = Math.max(1, Math.round((n * 23) / TOKYO_MEMBERS));
  const shi = Math.min(n - ku, Math.round((n * 26) / TOKYO_MEMBERS));
  const counts = [ku, shi, n - ku - shi];
  // from each kind, members spread over its list (and so over its part of Tokyo), kinds taken in turn
  const lists = kinds.map((kind, k) => {
    const queue = all.filter((member) => member.kind === kind);
    return Array.from({ length: counts[k]! }, (_, j) => queue[Math.floor((j * queue.length) / counts[k]!)]!);
  });
  return Array.from({ length: Math.max(...counts) }, (_, j) => lists.map((list) => list[j]))
    .flat()
    .filter((member): member is BenchMember => member !== undefined);
}
