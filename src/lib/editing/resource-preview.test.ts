import { describe, expect, test } from 'vitest';
import { closureSentence, weeklyTable } from '../hours/hours.ts';
import { CLOSURE_LABELS, DAY_LABELS, type HoursRule } from '../../schemas/hours.ts';
import { resourcePreview, type PreviewLookups } from './resource-preview.ts';

const lookups: PreviewLookups = {
  categories: { salon: 'ふれあいサロン・居場所' },
  areas: { honcho: '本町地区', midori: 'みどり圏域' },
  organizations: { 'midori-shakyo': 'みどり市社会福祉協議会' },
  resources: { 'shakyo-main': '社会福祉協議会 本所' },
  topics: { nakama: '仲間づくり' },
  labels: {
    status: { active: '運営中', suspended: '休止中', closed: '廃止' },
    audience: { resident: '住民の方', professional: '専門職の方' },
    targets: { elderly: '高齢者' },
    cost: { free: '無料' },
    accessibility: { wheelchair: '車いすで利用できる' },
    days: DAY_LABELS,
    closures: CLOSURE_LABELS,
  },
};

describe('the preview of a resource being edited', () => {
  test("shows what its page shows, with names for ids and the site's own words", () => {
    const view = resourcePreview(
      {
        name: '本町ひだまりサロン',
        kana: 'ほんちょうひだまりさろん',
        category: 'salon',
        area: 'honcho',
        status: 'suspended',
        operator: 'midori-shakyo',
        address: 'みどり市本町2-8-1',
        postalCode: '188-0001',
        phone: '042-300-1234',
        targets: ['elderly'],
        cost: 'free',
        capacity: { total: 20, available: 3, asOf: '2026-04-01' },
        hours: [
          { days: ['mon', 'thu'], time: '10:00-15:00' },
          { days: ['sat'], time: '09:00-12:00', weeks: [2, 4] },
        ],
        closed: ['holiday'],
        topics: ['nakama'],
        servesAreas: ['honcho', 'midori'],
        refersTo: [{ resource: 'shakyo-main' }],
        verifiedAt: '2026-05-01',
        body: '毎週月・木に開いています。\n\nお茶とおしゃべりの場です。',
      },
      lookups,
    );
    expect(view).toMatchObject({
      name: '本町ひだまりサロン',
      kana: 'ほんちょうひだまりさろん',
      placeLine: 'ふれあいサロン・居場所・本町地区',
      notice: '休止中：現在、休止しています。再開の予定は運営者にお問い合わせください。',
      phone: '042-300-1234',
      topics: ['仲間づくり'],
      servesAreas: ['本町地区', 'みどり圏域'],
      referrals: ['社会福祉協議会 本所'],
      paragraphs: ['毎週月・木に開いています。', 'お茶とおしゃべりの場です。'],
      about: [{ label: '情報確認日', value: '2026年5月1日' }],
    });
    expect(view.facts).toEqual([
      { label: '住所', value: '〒188-0001 みどり市本町2-8-1' },
      { label: '電話', value: '042-300-1234' },
      { label: '利用できる人', value: '住民の方' },
      { label: '対象者', value: '高齢者' },
      { label: '費用', value: '無料' },
      { label: '定員・空き', value: '定員 20人 空き 3人（2026年4月1日時点）' },
      { label: '運営', value: 'みどり市社会福祉協議会' },
    ]);
    expect(view.hours.map((row) => `${row.label} ${row.value}`)).toEqual([
      '月曜日 10:00〜15:00',
      '火曜日 休み',
      '水曜日 休み',
      '木曜日 10:00〜15:00',
      '金曜日 休み',
      '土曜日 第2・第4土曜 9:00〜12:00',
      '日曜日 休み',
    ]);
    expect(view.closures).toBe('祝日・振替休日は休み');
  });

  test('draws the same hours table as the resource page (hours/hours.ts)', () => {
    const cases: HoursRule[][] = [
      [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], time: '08:30-17:15' }],
      [
        { days: ['mon', 'wed'], time: '13:00-17:00' },
        { days: ['mon', 'wed'], time: '09:00-12:00' },
        { days: ['sat'], time: '09:00-12:00', weeks: [2, 4] },
        { days: ['sun'], time: '00:00-24:00' },
      ],
      [{ days: ['fri'], time: '22:00-06:00', weeks: [1] }],
    ];
    for (const hours of cases) {
      const page = weeklyTable(hours).map((row) => ({ label: row.label, value: row.ranges.join('、') || '休み' }));
      expect(resourcePreview({ hours }, lookups).hours).toEqual(page);
    }
    for (const closed of [['holiday'], ['holiday', 'newyear', 'obon']] as const) {
      expect(resourcePreview({ closed: [...closed] }, lookups).closures).toBe(closureSentence([...closed]));
    }
  });

  test('a half-filled form shows what is there and leaves odd values out', () => {
    const view = resourcePreview(
      {
        name: ' ',
        category: 'unknown-category',
        hours: [{ days: ['mon'], time: '10:0' }, { days: [], time: '10:00-11:00' }, null],
        capacity: { total: 'many' },
        verifiedAt: '2026/05/01',
        refersTo: [{}],
      },
      lookups,
    );
    expect(view.name).toBe('（名称）');
    expect(view.placeLine).toBe('unknown-category');
    expect(view.hours).toEqual([]);
    expect(view.facts.map((fact) => fact.label)).toEqual(['利用できる人']);
    expect(view.about).toEqual([]);
    expect(view.referrals).toEqual([]);
  });

  test('markup typed into a field stays text (the renderer puts it into text nodes)', () => {
    const view = resourcePreview({ name: '<img src=x onerror=alert(1)>', body: '<script>alert(1)</script>' }, lookups);
    expect(view.name).toBe('<img src=x onerror=alert(1)>');
    expect(view.paragraphs).toEqual(['<script>alert(1)</script>']);
  });
});
