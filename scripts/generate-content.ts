/**
 * Writes a synthetic, contract-conformant content folder: a fictional town with regions and
 * districts (grid-shaped boundaries, 町丁目), organizations, windows that serve their areas,
 * resources of every category with realistic names and readings, and a few networks.
 * Deterministic: the same options give the same files. Used by the benchmarks (search index
 * size, map at 10,000 points) and to try the site at a size no sample has.
 *
 *   node scripts/generate-content.ts --resources 10000 --out ../gen10k [--seed 1] [--basemap none]
 *   node scripts/validate.ts --dir ../gen10k
 *   CONTENT_DIR=../gen10k npx astro build --outDir ../gen10k-dist
 *
 * The taxonomy (categories.yaml, topics.yaml) is the one bundled with the sample in content/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCommandLine } from './command-line.ts';

const USAGE = '使い方: node scripts/generate-content.ts --resources 10000 --out ../gen10k [--seed 1] [--basemap none]';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface GenerateOptions {
  resources: number;
  out: string;
  seed?: number;
  basemap?: string;
  /** Resources per district (decides how many districts there are). */
  perDistrict?: number;
  /** The municipality (default: the fictional ひかり市, code 139997). */
  municipality?: { id: string; name: string; kana: string; code: string };
  /** Exactly this many regions (圏域), one 地域包括支援センター each (default: one per 8 districts, 2 to 12). */
  regions?: number;
  /** [west, south, east, north] the districts' grid fills (default: 0.018° × 0.014° cells around 139.6, 35.68). */
  extent?: [number, number, number, number];
}

/** mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Readings of small numbers (the 2nd, 3rd … round of region names: 桜第2圏域 さくらだいにけんいき). */
const NUMBER_KANA = ['', 'いち', 'に', 'さん', 'よん', 'ご', 'ろく', 'なな', 'はち', 'きゅう'];

/** Place-name roots: kanji and reading. */
const ROOTS: [string, string][] = [
  ['桜', 'さくら'],
  ['若葉', 'わかば'],
  ['緑', 'みどり'],
  ['松', 'まつ'],
  ['梅', 'うめ'],
  ['竹', 'たけ'],
  ['泉', 'いずみ'],
  ['栄', 'さかえ'],
  ['北野', 'きたの'],
  ['南', 'みなみ'],
  ['東', 'ひがし'],
  ['西', 'にし'],
  ['朝日', 'あさひ'],
  ['富士見', 'ふじみ'],
  ['青葉', 'あおば'],
  ['白山', 'はくさん'],
  ['中', 'なか'],
  ['川辺', 'かわべ'],
  ['日向', 'ひなた'],
  ['光', 'ひかり'],
  ['花園', 'はなぞの'],
  ['柏', 'かしわ'],
  ['楓', 'かえで'],
  ['欅', 'けやき'],
  ['春日', 'かすが'],
  ['大和', 'やまと'],
  ['若松', 'わかまつ'],
  ['三田', 'みた'],
  ['宮', 'みや'],
  ['鶴', 'つる'],
  ['亀', 'かめ'],
  ['星', 'ほし'],
  ['月見', 'つきみ'],
  ['稲荷', 'いなり'],
  ['小川', 'おがわ'],
  ['大川', 'おおかわ'],
  ['石田', 'いしだ'],
  ['山田', 'やまだ'],
  ['高田', 'たかだ'],
  ['本田', 'ほんだ'],
  ['平', 'たいら'],
  ['新', 'しん'],
  ['元', 'もと'],
  ['千代', 'ちよ'],
  ['八幡', 'はちまん'],
  ['清水', 'しみず'],
  ['上原', 'うえはら'],
  ['下原', 'しもはら'],
  ['中原', 'なかはら'],
  ['森', 'もり'],
  ['林', 'はやし'],
  ['岡', 'おか'],
  ['池', 'いけ'],
  ['浜', 'はま'],
  ['港', 'みなと'],
  ['旭', 'あさひ'],
  ['錦', 'にしき'],
];
/** Added before a root once every root has been used (新桜町, 東桜町 …). */
const ROUND_PREFIXES: [string, string][] = [
  ['新', 'しん'],
  ['東', 'ひがし'],
  ['西', 'にし'],
  ['上', 'かみ'],
  ['下', 'しも'],
];
const TOWN_SUFFIXES: [string, string][] = [
  ['町', 'ちょう'],
  ['台', 'だい'],
  ['ヶ丘', 'がおか'],
  ['原', 'はら'],
  ['野', 'の'],
  ['田', 'た'],
];
const REGION_NAMES: [string, string][] = [
  ['中央', 'ちゅうおう'],
  ['北部', 'ほくぶ'],
  ['南部', 'なんぶ'],
  ['東部', 'とうぶ'],
  ['西部', 'せいぶ'],
  ['北東', 'ほくとう'],
  ['北西', 'ほくせい'],
  ['南東', 'なんとう'],
  ['南西', 'なんせい'],
  ['中北', 'ちゅうほく'],
  ['中南', 'ちゅうなん'],
  ['臨海', 'りんかい'],
];

/** Name patterns per category id of the bundled taxonomy: [before, after] around the root, with readings. */
const PATTERNS: Record<string, { weight: number; names: [string, string, string, string][] }> = {
  hospital: {
    weight: 1,
    names: [
      ['', '総合病院', '', 'そうごうびょういん'],
      ['', 'リハビリテーション病院', '', 'りはびりてーしょんびょういん'],
      ['', '記念病院', '', 'きねんびょういん'],
    ],
  },
  clinic: {
    weight: 14,
    names: [
      ['', '内科クリニック', '', 'ないかくりにっく'],
      ['', '診療所', '', 'しんりょうじょ'],
      ['', '医院', '', 'いいん'],
      ['', '整形外科', '', 'せいけいげか'],
      ['', '眼科', '', 'がんか'],
      ['', '耳鼻咽喉科', '', 'じびいんこうか'],
      ['', '在宅クリニック', '', 'ざいたくくりにっく'],
    ],
  },
  dental: {
    weight: 8,
    names: [
      ['', '歯科医院', '', 'しかいいん'],
      ['', 'デンタルクリニック', '', 'でんたるくりにっく'],
      ['', '歯科', '', 'しか'],
    ],
  },
  pharmacy: {
    weight: 9,
    names: [
      ['', '薬局', '', 'やっきょく'],
      ['', '調剤薬局', '', 'ちょうざいやっきょく'],
      ['', 'ファーマシー', '', 'ふぁーましー'],
    ],
  },
  'visiting-nursing': {
    weight: 5,
    names: [
      ['訪問看護ステーション ', '', 'ほうもんかんごすてーしょん ', ''],
      ['', '訪問看護ステーション', '', 'ほうもんかんごすてーしょん'],
    ],
  },
  'home-care-support': {
    weight: 7,
    names: [
      ['', '居宅介護支援事業所', '', 'きょたくかいごしえんじぎょうしょ'],
      ['ケアプランセンター ', '', 'けあぷらんせんたー ', ''],
    ],
  },
  'visiting-care': {
    weight: 6,
    names: [
      ['ヘルパーステーション ', '', 'へるぱーすてーしょん ', ''],
      ['', 'ホームヘルプサービス', '', 'ほーむへるぷさーびす'],
    ],
  },
  'day-service': {
    weight: 7,
    names: [
      ['', 'デイサービスセンター', '', 'でいさーびすせんたー'],
      ['デイサービス ', 'の家', 'でいさーびす ', 'のいえ'],
      ['リハビリデイ ', '', 'りはびりでい ', ''],
    ],
  },
  'short-stay': { weight: 2, names: [['ショートステイ ', '', 'しょーとすてい ', '']] },
  shotaki: { weight: 2, names: [['小規模多機能ホーム ', '', 'しょうきぼたきのうほーむ ', '']] },
  tokuyo: { weight: 2, names: [['特別養護老人ホーム ', 'の郷', 'とくべつようごろうじんほーむ ', 'のさと']] },
  rouken: { weight: 1, names: [['介護老人保健施設 ', '苑', 'かいごろうじんほけんしせつ ', 'えん']] },
  'group-home': { weight: 3, names: [['グループホーム ', '', 'ぐるーぷほーむ ', '']] },
  sakoju: {
    weight: 2,
    names: [['サービス付き高齢者向け住宅 ', 'の丘', 'さーびすつきこうれいしゃむけじゅうたく ', 'のおか']],
  },
  'yuryo-rojin': { weight: 2, names: [['介護付有料老人ホーム ', '', 'かいごつきゆうりょうろうじんほーむ ', '']] },
  kayoinoba: {
    weight: 6,
    names: [
      ['', 'いきいき体操の会', '', 'いきいきたいそうのかい'],
      ['', '百歳体操クラブ', '', 'ひゃくさいたいそうくらぶ'],
      ['', '歩こう会', '', 'あるこうかい'],
    ],
  },
  salon: {
    weight: 5,
    names: [
      ['ふれあいサロン ', '', 'ふれあいさろん ', ''],
      ['', '茶話会', '', 'さわかい'],
    ],
  },
  'community-center': {
    weight: 2,
    names: [
      ['', '公民館', '', 'こうみんかん'],
      ['', '地域センター', '', 'ちいきせんたー'],
    ],
  },
  'ninchisho-cafe': {
    weight: 2,
    names: [
      ['認知症カフェ ', '', 'にんちしょうかふぇ ', ''],
      ['オレンジカフェ ', '', 'おれんじかふぇ ', ''],
    ],
  },
  haishoku: { weight: 1, names: [['', '配食サービス', '', 'はいしょくさーびす']] },
  mimamori: { weight: 1, names: [['', '見守り訪問', '', 'みまもりほうもん']] },
  'idou-shien': { weight: 1, names: [['買い物支援バス ', '号', 'かいものしえんばす ', 'ごう']] },
};

const TARGETS_BY_GROUP: Record<string, string[]> = {
  相談窓口: ['elderly', 'family-carer'],
  医療: ['anyone'],
  介護: ['elderly'],
  住まい: ['elderly'],
  '地域の活動・通いの場': ['elderly', 'anyone'],
  生活支援: ['elderly'],
};

const ORG_TYPES: [string, string, string, string][] = [
  ['社会福祉法人 ', '会', 'しゃかいふくしほうじん ', 'かい'],
  ['医療法人社団 ', '会', 'いりょうほうじんしゃだん ', 'かい'],
  ['株式会社 ', 'ケア', 'かぶしきがいしゃ ', 'けあ'],
  ['NPO法人 ', 'ささえあいの会', 'えぬぴーおーほうじん ', 'ささえあいのかい'],
];
const ORG_TYPE_IDS = ['social-welfare-corporation', 'medical-corporation', 'company', 'npo'];

const q = (value: string) => JSON.stringify(value);
const pad = (n: number, width: number) => String(n).padStart(width, '0');

interface Named {
  id: string;
  name: string;
  kana: string;
}

interface District extends Named {
  region: string;
  towns: { name: string; kana: string }[];
  box: [number, number, number, number];
}

/** What every phase of the generator shares: the options, the random stream and the output folder. */
interface Generator {
  options: GenerateOptions;
  rand: () => number;
  pick: <T>(list: T[]) => T;
  write: (file: string, text: string) => void;
  municipality: Named & { code: string };
  center: [number, number];
}

/** The grid the districts are laid out on, and how many districts and regions there are. */
interface Layout {
  districtCount: number;
  regionCount: number;
  columns: number;
  cell: { w: number; h: number };
  origin: [number, number];
}

/** The taxonomy copied from content/: topic ids and each category's group. */
interface Taxonomy {
  topicIds: string[];
  groupOf: Map<string, string>;
}

function startGenerator(options: GenerateOptions): Generator {
  const rand = random(options.seed ?? 1);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]!;
  const out = options.out;
  fs.rmSync(out, { recursive: true, force: true });
  for (const dir of ['areas', 'organizations', 'resources/windows', 'resources/places', 'networks']) {
    fs.mkdirSync(path.join(out, dir), { recursive: true });
  }
  const write = (file: string, text: string) => fs.writeFileSync(path.join(out, file), text);
  const municipality = options.municipality ?? { id: 'gen-city', name: 'ひかり市', kana: 'ひかりし', code: '139997' };
  const [west, south, east, north] = options.extent ?? [139.6, 35.68, 139.6, 35.68];
  return { options, rand, pick, write, municipality, center: [(west + east) / 2, (south + north) / 2] };
}

function layoutOf({ options, center }: Generator): Layout {
  const perDistrict = options.perDistrict ?? 150;
  // every region needs a district for its 地域包括支援センター
  const districtCount = Math.max(6, Math.ceil(options.resources / perDistrict), options.regions ?? 0);
  const regionCount = options.regions ?? Math.min(REGION_NAMES.length, Math.max(2, Math.ceil(districtCount / 8)));
  const columns = Math.ceil(Math.sqrt(districtCount));
  const rows = Math.ceil(districtCount / columns);
  const extent = options.extent;
  const cell = extent
    ? { w: (extent[2] - extent[0]) / columns, h: (extent[3] - extent[1]) / rows }
    : { w: 0.018, h: 0.014 };
  const origin: [number, number] = [center[0] - (columns * cell.w) / 2, center[1] + (rows * cell.h) / 2];
  return { districtCount, regionCount, columns, cell, origin };
}

/** site.yaml, and the bundled taxonomy copied in. */
function writeSite({ write, municipality, center, options }: Generator): Taxonomy {
  write(
    'site.yaml',
    [
      '# 生成されたテスト用の架空の市（scripts/generate-content.ts）',
      `name: ${municipality.name} 地域包括ケアマップ（生成データ）`,
      'municipality:',
      `  name: ${municipality.name}`,
      `  code: "${municipality.code}"`,
      'sample: true',
      'map:',
      `  center: [${center[0]}, ${center[1]}]`,
      '  zoom: 12',
      `  basemap: ${options.basemap ?? 'gsi-pale'}`,
      'contact:',
      `  name: ${municipality.name} 福祉部 高齢福祉課`,
      '  phone: "042-300-0001"',
      '',
    ].join('\n'),
  );
  const out = options.out;
  fs.copyFileSync(path.join(repoRoot, 'content/categories.yaml'), path.join(out, 'categories.yaml'));
  fs.copyFileSync(path.join(repoRoot, 'content/topics.yaml'), path.join(out, 'topics.yaml'));
  const categoriesText = fs.readFileSync(path.join(out, 'categories.yaml'), 'utf8');
  const topicsText = fs.readFileSync(path.join(out, 'topics.yaml'), 'utf8');
  const topicIds = [...topicsText.matchAll(/^- id: (\S+)/gm)].map((m) => m[1]!);
  const categoryGroups = categoriesText.matchAll(/- id: (\S+)\n\s+name: .*\n\s+group: (.+)\n/g);
  const groupOf = new Map([...categoryGroups].map((m) => [m[1]!, m[2]!.trim()]));
  return { topicIds, groupOf };
}

/** The municipality and its regions (圏域). */
function writeRegions({ write, municipality }: Generator, layout: Layout): Named[] {
  write(
    `areas/${municipality.id}.yaml`,
    `name: ${municipality.name}\nkana: ${municipality.kana}\nlevel: municipality\n`,
  );
  const regions = Array.from({ length: layout.regionCount }, (_, i) => {
    // past the list of names, the names come round again with a number (桜第2圏域)
    const [name, kana] = REGION_NAMES[i % REGION_NAMES.length]!;
    const round = Math.floor(i / REGION_NAMES.length);
    const suffix = round ? [`第${round + 1}`, `だい${NUMBER_KANA[round + 1] ?? ''}`] : ['', ''];
    return { id: `region-${i + 1}`, name: `${name}${suffix[0]}圏域`, kana: `${kana}${suffix[1]}けんいき` };
  });
  for (const region of regions) {
    const text = `name: ${region.name}\nkana: ${region.kana}\nlevel: region\nparent: ${municipality.id}\n`;
    write(`areas/${region.id}.yaml`, text);
  }
  return regions;
}

/** The i-th district: a place name, four 丁目, one cell of the grid. */
function districtAt(i: number, layout: Layout, regions: Named[]): District {
  const { districtCount, regionCount, columns, cell, origin } = layout;
  const root = ROOTS[i % ROOTS.length]!;
  const round = Math.floor(i / ROOTS.length);
  const [suffix, suffixKana] = TOWN_SUFFIXES[(i + round) % TOWN_SUFFIXES.length]!;
  const prefix = round === 0 ? ['', ''] : ROUND_PREFIXES[(round - 1) % ROUND_PREFIXES.length]!;
  const base = { name: `${prefix[0]}${root[0]}${suffix}`, kana: `${prefix[1]}${root[1]}${suffixKana}` };
  const west = origin[0] + (i % columns) * cell.w;
  const north = origin[1] - Math.floor(i / columns) * cell.h;
  return {
    id: `district-${i + 1}`,
    name: `${base.name}地区`,
    kana: `${base.kana}ちく`,
    region: regions[Math.min(regionCount - 1, Math.floor((i * regionCount) / districtCount))]!.id,
    towns: [1, 2, 3, 4].map((chome) => ({ name: `${base.name}${chome}丁目`, kana: base.kana })),
    box: [west, north - cell.h, west + cell.w, north],
  };
}

function writeDistricts({ write }: Generator, layout: Layout, regions: Named[]): District[] {
  const districts = Array.from({ length: layout.districtCount }, (_, i) => districtAt(i, layout, regions));
  for (const d of districts) {
    const [w, s, e, n] = d.box.map((v) => Number(v.toFixed(6)));
    write(
      `areas/${d.id}.yaml`,
      [
        `name: ${d.name}`,
        `kana: ${d.kana}`,
        'level: district',
        `parent: ${d.region}`,
        `towns: [${d.towns.map((t) => t.name).join(', ')}]`,
        'boundary:',
        '  type: Polygon',
        `  coordinates: [[[${w}, ${s}], [${e}, ${s}], [${e}, ${n}], [${w}, ${n}], [${w}, ${s}]]]`,
        '',
      ].join('\n'),
    );
  }
  return districts;
}

/** The organizations; returns their ids. */
function writeOrganizations({ write, options }: Generator): string[] {
  const orgCount = Math.max(4, Math.ceil(options.resources / 40));
  const orgs: string[] = [];
  for (let i = 0; i < orgCount; i++) {
    const type = i % ORG_TYPES.length;
    const [before, after, , afterKana] = ORG_TYPES[type]!;
    const root = ROOTS[(i * 7) % ROOTS.length]!;
    const id = `org-${i + 1}`;
    orgs.push(id);
    const name = `${before}${root[0]}${after}${i >= ROOTS.length ? ` ${i + 1}` : ''}`;
    const kana = `${root[1]}${afterKana}`;
    write(`organizations/${id}.yaml`, `name: ${q(name)}\nkana: ${q(kana)}\ntype: ${ORG_TYPE_IDS[type]}\n`);
  }
  return orgs;
}

const DATES = ['2026-01-20', '2026-02-14', '2026-03-05', '2026-04-22', '2026-05-30', '2026-06-18', '2026-07-09'];
const HOURS = [
  'hours:',
  '  - days: [mon, tue, wed, thu, fri]',
  '    time: "09:00-17:00"',
  'closed: [holiday, newyear]',
];

/** Writes resource files: numbers their phones, places them in a district and counts them. */
interface ResourceWriter {
  /** How many resource files have been written. */
  written(): number;
  file(dir: string, id: string, fields: string[], body: string): void;
  phone(): string;
  place(d: District): { address: string; location: string[] };
}

function resourceWriter({ write, rand, pick, municipality }: Generator): ResourceWriter {
  let phoneSerial = 0;
  let written = 0;
  return {
    written: () => written,
    file(dir, id, fields, body) {
      write(`resources/${dir}/${id}.md`, `---\n${fields.join('\n')}\n---\n\n${body}\n`);
      written++;
    },
    phone() {
      phoneSerial++;
      return `042-${300 + (Math.floor(phoneSerial / 10000) % 600)}-${pad(phoneSerial % 10000, 4)}`;
    },
    place(d) {
      const town = pick(d.towns);
      const [w, s, e, n] = d.box;
      const lat = s + (n - s) * (0.08 + rand() * 0.84);
      const lng = w + (e - w) * (0.08 + rand() * 0.84);
      const block = `${1 + Math.floor(rand() * 30)}-${1 + Math.floor(rand() * 20)}`;
      return {
        address: `${municipality.name}${town.name.replace(/(\d+)丁目$/, '$1')}-${block}`,
        location: [`location:`, `  lat: ${lat.toFixed(6)}`, `  lng: ${lng.toFixed(6)}`],
      };
    },
  };
}

interface TownPlan {
  regions: Named[];
  districts: District[];
  orgs: string[];
  taxonomy: Taxonomy;
}

/** Windows: one 地域包括支援センター per region, a まちづくりセンター and a 地区社協 per district. */
function writeWindows(gen: Generator, resources: ResourceWriter, plan: TownPlan): void {
  const { regions, districts, orgs, taxonomy } = plan;
  const { topicIds } = taxonomy;
  const windowTopics = topicIds.slice(0, 9);
  regions.forEach((region, i) => {
    const d = districts.find((x) => x.region === region.id)!;
    const at = resources.place(d);
    resources.file(
      'windows',
      `houkatsu-${i + 1}`,
      [
        `name: ${region.name.replace('圏域', '')}地域包括支援センター`,
        `kana: ${region.kana.replace('けんいき', '')}ちいきほうかつしえんせんたー`,
        'category: houkatsu',
        `operator: ${orgs[i % orgs.length]}`,
        'targets: [elderly, family-carer]',
        `topics: [${windowTopics.join(', ')}]`,
        `servesAreas: [${region.id}]`,
        `area: ${d.id}`,
        `address: ${at.address}`,
        ...at.location,
        `phone: "${resources.phone()}"`,
        ...HOURS,
        `verifiedAt: ${DATES[i % DATES.length]}`,
      ],
      `${region.name}の高齢の方とご家族の総合相談窓口です。介護保険の申請、介護予防、権利擁護の相談を受けます。`,
    );
  });
  const centreTopicIds = topicIds.filter((t) => ['nakama', 'hitorigurashi', 'gaishutsu'].includes(t));
  const centreTopics = centreTopicIds.join(', ') || topicIds[0];
  districts.forEach((d, i) => {
    if (resources.written() >= gen.options.resources) return;
    const at = resources.place(d);
    const base = d.name.replace('地区', '');
    resources.file(
      'windows',
      `machizukuri-${i + 1}`,
      [
        `name: ${base}まちづくりセンター`,
        `kana: ${d.kana.replace(/ちく$/, '')}まちづくりせんたー`,
        'category: machizukuri-center',
        'targets: [anyone]',
        `topics: [${centreTopics}]`,
        `servesAreas: [${d.id}]`,
        `area: ${d.id}`,
        `address: ${at.address}`,
        ...at.location,
        `phone: "${resources.phone()}"`,
        ...HOURS,
        `verifiedAt: ${DATES[i % DATES.length]}`,
      ],
      `${d.name}の身近な窓口です。暮らしの困りごとの相談を受け、町会・自治会の活動を支えます。`,
    );
  });
}

interface PlaceSpec {
  categoryId: string;
  names: [string, string, string, string];
  root: [string, string];
  d: District;
  group: string;
  orgs: string[];
}

/** The front matter of one place of a category, in a district. */
function placeFields(gen: Generator, resources: ResourceWriter, spec: PlaceSpec): string[] {
  const { rand, pick } = gen;
  const { categoryId, names, d, group, orgs } = spec;
  const [before, after, beforeKana, afterKana] = names;
  const root = spec.root;
  const at = resources.place(d);
  const status = rand() < 0.03 ? 'suspended' : rand() < 0.01 ? 'closed' : undefined;
  const districtNumber = Number(d.id.split('-')[1]);
  return [
    `name: ${q(`${before}${root[0]}${after}`)}`,
    `kana: ${q(`${beforeKana}${root[1]}${afterKana}`)}`,
    `category: ${categoryId}`,
    ...(status ? [`status: ${status}`] : []),
    ...(rand() < 0.5 ? [`operator: ${pick(orgs)}`] : []),
    `targets: [${(TARGETS_BY_GROUP[group] ?? ['anyone']).join(', ')}]`,
    `area: ${d.id}`,
    `address: ${q(at.address)}`,
    `postalCode: "${190 + (districtNumber % 9)}-${pad(districtNumber * 10, 4)}"`,
    ...at.location,
    `phone: "${resources.phone()}"`,
    ...(rand() < 0.7 ? HOURS : []),
    `verifiedAt: ${pick(DATES)}`,
  ];
}

/** Everything else, weighted by category, spread over the districts, up to the number asked for. */
function writePlaces(gen: Generator, resources: ResourceWriter, plan: TownPlan): void {
  const { rand, pick } = gen;
  const { districts, orgs, taxonomy } = plan;
  const categories = Object.entries(PATTERNS).filter(([id]) => taxonomy.groupOf.has(id));
  const totalWeight = categories.reduce((sum, [, p]) => sum + p.weight, 0);
  const counters = new Map<string, number>();
  while (resources.written() < gen.options.resources) {
    let r = rand() * totalWeight;
    const [categoryId, pattern] = categories.find(([, p]) => (r -= p.weight) < 0) ?? categories[0]!;
    const d = districts[Math.floor(rand() * districts.length)]!;
    const ownName: [string, string] = [d.name.replace('地区', ''), d.kana.replace(/ちく$/, '')];
    const root = rand() < 0.6 ? ROOTS[Math.floor(rand() * ROOTS.length)]! : ownName;
    const names = pick(pattern.names);
    const n = (counters.get(categoryId) ?? 0) + 1;
    counters.set(categoryId, n);
    const group = taxonomy.groupOf.get(categoryId)!;
    const fields = placeFields(gen, resources, { categoryId, names, root, d, group, orgs });
    const [before, after] = names;
    const body = `${d.name}にある${before.trim() || after}です。利用の方法は電話でお問い合わせください。`;
    resources.file('places', `${categoryId}-${n}`, fields, body);
  }
}

/** The city's 推進会議 and one 地域ケア会議 per region. */
function writeNetworks({ write, municipality }: Generator, regions: Named[]): void {
  write(
    'networks/suishin-kaigi.md',
    `---\nname: ${municipality.name}地域包括ケア推進会議\nkana: ${municipality.kana}ちいきほうかつけあすいしんかいぎ\nkind: council\nlevel: municipality\nmeets: 年2回\nverifiedAt: 2026-04-01\n---\n\n市全体の地域包括ケアの方針を話し合う会議です。\n`,
  );
  regions.forEach((region, i) => {
    write(
      `networks/care-kaigi-${i + 1}.md`,
      `---\nname: ${region.name} 地域ケア会議\nkana: ${region.kana} ちいきけあかいぎ\nkind: meeting\nlevel: region\nareas: [${region.id}]\nsecretariat: houkatsu-${i + 1}\nlinksTo:\n  - network: suishin-kaigi\n    relation: 報告\nverifiedAt: 2026-04-01\n---\n\n${region.name}の個別ケースと地域の課題を話し合う会議です。\n`,
    );
  });
}

export function generateContent(options: GenerateOptions): { resources: number; districts: number; regions: number } {
  const gen = startGenerator(options);
  const layout = layoutOf(gen);
  const taxonomy = writeSite(gen);
  const regions = writeRegions(gen, layout);
  const districts = writeDistricts(gen, layout, regions);
  const orgs = writeOrganizations(gen);
  const plan: TownPlan = { regions, districts, orgs, taxonomy };
  const resources = resourceWriter(gen);
  writeWindows(gen, resources, plan);
  writePlaces(gen, resources, plan);
  writeNetworks(gen, regions);
  return { resources: resources.written(), districts: districts.length, regions: regions.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { values } = readCommandLine(
    {
      options: {
        resources: { type: 'string', default: '1000' },
        out: { type: 'string' },
        seed: { type: 'string', default: '1' },
        basemap: { type: 'string' },
      },
    },
    USAGE,
  );
  if (!values.out) {
    console.error(USAGE);
    process.exit(2);
  }
  const result = generateContent({
    resources: Number(values.resources),
    out: path.resolve(values.out),
    seed: Number(values.seed),
    basemap: values.basemap,
  });
  console.log(
    `${values.out}: ${result.resources} resources in ${result.districts} districts, ${result.regions} regions`,
  );
}
