import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  editYaml,
  readFrontMatterFile,
  readYamlFile,
  SOURCE_KEY,
  writeFrontMatterFile,
  writeYamlFile,
} from './cms-format.ts';

const RESOURCE = `---
# 窓口の基本情報（この行はコメント）
name: 本町地域包括支援センター
kana: ほんちょうちいきほうかつしえんせんたー
category: houkatsu
servesAreas: [honcho, midori] # 担当
location:
  lat: 35.71
  lng: 139.52
phone: "042-123-4567"
hours:
  - days: [mon, tue, wed, thu, fri]
    time: "08:30-17:15"
  # 土曜は第2・第4のみ
  - days: [sat]
    time: "09:00-12:00"
    weeks: [2, 4]
closed: [holiday, newyear]
verifiedAt: 2026-04-01
---

本町地区の高齢者の総合相談窓口です。

- 介護の相談
`;

/** The resource form's field order, as Decap hands it to the format. */
const ORDER = ['name', 'kana', 'category', 'status', 'servesAreas', 'address', 'location', 'phone', 'fax', 'hours'];

/** Reads the file as the CMS does, applies `change` to the data, writes it back. */
function edit(
  text: string,
  change: (data: Record<string, unknown>) => void,
  markdown = true,
  order: string[] = [],
): string {
  const data = structuredClone(markdown ? readFrontMatterFile(text) : readYamlFile(text));
  change(data);
  return markdown ? writeFrontMatterFile(data, order) : writeYamlFile(data, order);
}

/** The lines of `after` that are not in `before` and those gone, for "only this line changed". */
function lineDiff(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  return { removed: a.filter((line) => !b.includes(line)), added: b.filter((line) => !a.includes(line)) };
}

describe('the CMS keeps a file as written and changes only edited values', () => {
  test('reading gives the front matter, the body and the source text', () => {
    const data = readFrontMatterFile(RESOURCE);
    expect(data).toMatchObject({ name: '本町地域包括支援センター', phone: '042-123-4567', verifiedAt: '2026-04-01' });
    expect(data.body).toBe('本町地区の高齢者の総合相談窓口です。\n\n- 介護の相談');
    expect(data[SOURCE_KEY]).toBe(RESOURCE);
  });

  test('a save without changes writes the file byte for byte', () => {
    expect(edit(RESOURCE, () => {})).toBe(RESOURCE);
  });

  test('every sample content file survives a save without changes', () => {
    const root = path.resolve('content');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) =>
      /^(resources|networks|areas|organizations)\/.*\.(md|yaml)$/.test(file.split(path.sep).join('/')),
    );
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const text = readFileSync(path.join(root, file), 'utf8');
      expect(
        edit(text, () => {}, file.endsWith('.md')),
        file,
      ).toBe(text);
    }
  });

  test('changing the phone number changes that line only', () => {
    const out = edit(RESOURCE, (data) => (data.phone = '042-999-0000'));
    expect(out).toBe(RESOURCE.replace('phone: "042-123-4567"', 'phone: 042-999-0000'));
  });

  test('a value inside a map or a list item changes in place; comments and order stay', () => {
    const out = edit(RESOURCE, (data) => {
      (data.location as { lat: number }).lat = 35.7123;
      (data.hours as { time: string }[])[1].time = '09:00-12:30';
    });
    expect(lineDiff(RESOURCE, out)).toEqual({
      removed: ['  lat: 35.71', '    time: "09:00-12:00"'],
      added: ['  lat: 35.7123', '    time: 09:00-12:30'],
    });
    expect(out).toContain('# 土曜は第2・第4のみ');
  });

  test('a one-line list stays on one line; its trailing comment stays', () => {
    const out = edit(RESOURCE, (data) => (data.servesAreas = ['honcho']));
    expect(lineDiff(RESOURCE, out)).toEqual({
      removed: ['servesAreas: [honcho, midori] # 担当'],
      added: ['servesAreas: [honcho] # 担当'],
    });
  });

  test('a new key goes after the last one, a removed key takes its line with it', () => {
    const out = edit(RESOURCE, (data) => {
      data.fax = '042-123-4568';
      delete data.closed;
    });
    expect(lineDiff(RESOURCE, out)).toEqual({
      removed: ['closed: [holiday, newyear]'],
      added: ['fax: 042-123-4568'],
    });
    expect(out.indexOf('fax:')).toBeGreaterThan(out.indexOf('verifiedAt:'));
    expect(out.indexOf('fax:')).toBeLessThan(out.indexOf('\n---\n'));
  });

  test("a new key takes its place in the form's order", () => {
    const out = edit(RESOURCE, (data) => (data.fax = '042-123-4568'), true, ORDER);
    expect(out).toBe(RESOURCE.replace('phone: "042-123-4567"\n', 'phone: "042-123-4567"\nfax: 042-123-4568\n'));
    const first = edit(RESOURCE, (data) => (data.id = 'x'), true, ['id', ...ORDER]);
    expect(first.startsWith('---\n# 窓口の基本情報（この行はコメント）\nid: x\nname:')).toBe(true);
  });

  test('a key added to a nested map is indented with its siblings', () => {
    const out = edit(RESOURCE, (data) => ((data.hours as Record<string, unknown>[])[0].weeks = [1, 3]));
    expect(lineDiff(RESOURCE, out).added).toEqual(['    weeks: [1, 3]']);
    expect(parse(out.split('---')[1]).hours[0]).toEqual({
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      time: '08:30-17:15',
      weeks: [1, 3],
    });
  });

  test('a list that grows is written again in the file’s style; the lines around it stay', () => {
    const out = edit(RESOURCE, (data) => {
      (data.hours as unknown[]).push({ days: ['sun'], time: '10:00-11:00' });
    });
    const front = parse(out.split('---')[1]);
    expect(front.hours).toHaveLength(3);
    expect(front.hours[2]).toEqual({ days: ['sun'], time: '10:00-11:00' });
    expect(out).toContain('  - days: [sun]\n    time: 10:00-11:00\nclosed: [holiday, newyear]\n');
    expect(out.startsWith(RESOURCE.slice(0, RESOURCE.indexOf('hours:')))).toBe(true);
  });

  test('removing the first key of a list item still saves exactly the edited data', () => {
    const out = edit(RESOURCE, (data) => {
      const item = (data.hours as Record<string, unknown>[])[1];
      delete item.days;
    });
    expect(parse(out.split('---')[1]).hours[1]).toEqual({ time: '09:00-12:00', weeks: [2, 4] });
    expect(out).toContain('# 窓口の基本情報（この行はコメント）');
  });

  test('a multi-line value is a block under its key', () => {
    const out = edit(RESOURCE, (data) => (data.hoursNote = '緊急時は24時間電話対応\n夜間は留守番電話'));
    expect(out).toContain('hoursNote: |-\n  緊急時は24時間電話対応\n  夜間は留守番電話\n---');
  });

  test('the body is kept as written unless it was edited', () => {
    expect(edit(RESOURCE, (data) => (data.name = '本町包括'))).toContain(
      '\n---\n\n本町地区の高齢者の総合相談窓口です。\n\n- 介護の相談\n',
    );
    const out = edit(RESOURCE, (data) => (data.body = '新しい説明です。'));
    expect(out.endsWith('---\n\n新しい説明です。\n')).toBe(true);
    expect(out.split('---\n')[1]).toBe(RESOURCE.split('---\n')[1]);
  });

  test('CRLF line ends and a BOM are kept', () => {
    const windows = `\ufeff${RESOURCE.replace(/\n/g, '\r\n')}`;
    const out = edit(windows, (data) => (data.phone = '042-999-0000'));
    expect(out).toBe(windows.replace('phone: "042-123-4567"', 'phone: 042-999-0000'));
  });

  test('a YAML file (organizations/) is edited the same way', () => {
    const org = 'name: みどり市役所 # 本庁舎\nkana: みどりしやくしょ\ntype: government\n';
    expect(edit(org, (data) => (data.phone = '042-000-0000'), false)).toBe(`${org}phone: 042-000-0000\n`);
    expect(edit(org, (data) => (data.type = 'other'), false)).toBe(org.replace('government', 'other'));
  });

  test("a new entry is written like the sample content, keys in the form's order", () => {
    const out = writeFrontMatterFile(
      {
        hours: [{ days: ['mon', 'fri'], time: '09:00-17:00' }],
        kana: 'あたらしいまどぐち',
        name: '新しい窓口',
        verifiedAt: '2026-05-01',
        location: { lat: 35.7, lng: 139.5 },
        servesAreas: ['honcho'],
        body: '説明',
      },
      [...ORDER, 'verifiedAt'],
    );
    expect(out).toBe(
      '---\nname: 新しい窓口\nkana: あたらしいまどぐち\nservesAreas: [honcho]\nlocation:\n  lat: 35.7\n  lng: 139.5\n' +
        'hours:\n  - days: [mon, fri]\n    time: 09:00-17:00\nverifiedAt: 2026-05-01\n---\n\n説明\n',
    );
  });

  test("a new entry without an order keeps the data's order", () => {
    const out = writeFrontMatterFile({
      name: '新しい窓口',
      kana: 'あたらしいまどぐち',
      servesAreas: ['honcho'],
      location: { lat: 35.7, lng: 139.5 },
      hours: [{ days: ['mon', 'fri'], time: '09:00-17:00' }],
      verifiedAt: '2026-05-01',
      body: '説明',
    });
    expect(out).toBe(
      '---\nname: 新しい窓口\nkana: あたらしいまどぐち\nservesAreas: [honcho]\nlocation:\n  lat: 35.7\n  lng: 139.5\n' +
        'hours:\n  - days: [mon, fri]\n    time: 09:00-17:00\nverifiedAt: 2026-05-01\n---\n\n説明\n',
    );
  });

  test('a field the form left unset (undefined) is not a change', () => {
    const out = edit(RESOURCE, (data) => {
      data.fax = undefined;
      (data.location as Record<string, unknown>).note = undefined;
    });
    expect(out).toBe(RESOURCE);
  });

  test('text that YAML would read as another type is quoted', () => {
    const out = edit(RESOURCE, (data) => {
      data.postalCode = '1880001';
      data.source = 'true';
    });
    const front = parse(out.split('---')[1]);
    expect(front.postalCode).toBe('1880001');
    expect(front.source).toBe('true');
  });

  test('editYaml gives the new data even for text it cannot patch in place', () => {
    expect(parse(editYaml('{ a: 1, b: 2 }\n', { a: 1, c: 3 }))).toEqual({ a: 1, c: 3 });
    expect(parse(editYaml('', { a: 1 }))).toEqual({ a: 1 });
    expect(parse(editYaml('a: [1\n', { a: 2 }))).toEqual({ a: 2 });
  });
});
