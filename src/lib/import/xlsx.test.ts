/**
 * The .xlsx reader on workbooks written part by part as Excel writes them (shared and rich
 * strings, number formats, dates and times, formulas with and without their saved result,
 * error cells, merged title and header cells, several sheets), on 高松市's real file, and fuzzed
 * like any untrusted input: it never throws and always says what it read or why it could not.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildXlsx, careListBook, num, row, sheetArb, sheetXml, text } from './test-workbooks.ts';
import { readXlsxTable, XLSX_LIMITS } from './xlsx.ts';
import type { TableResult } from './table.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** Runs per property; FUZZ_RUNS=5000 for a longer search. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

const tableOf = (result: TableResult) => {
  if (!result.ok) throw new Error(result.reason);
  return result.table;
};

describe('reading a workbook as Excel writes it', () => {
  it('gives the rows the CSV reader would give: header under merged cells, values as shown', () => {
    const table = tableOf(readXlsxTable(careListBook(), { sheet: '一覧' }));
    expect(table.header).toEqual([
      '施設名',
      '所在地',
      '位置_緯度',
      '位置_経度',
      '受付時間_開始',
      '受付時間_終了',
      '事業所番号',
      '郵便番号',
      '定員',
      '確認日',
    ]);
    expect(table.rows.map((r) => r.line)).toEqual([4, 5, 7, 8]);
    expect(table.rows[0].cells).toEqual([
      'ひだまりの家', // rich text: its plain text
      'みどり市緑町1-2-3',
      '35.7123456', // shown as 35.71, stored in full: the stored value is read
      '139.5234567',
      '08:30', // a time cell
      '17:00',
      '0171234567', // a number formatted 0000000000 keeps its 0
      '188-0011',
      '30', // the formula's saved result
      '2026-04-01', // a date cell
    ]);
    expect(table.rows[2].cells[1]).toBe('みどり市本町1-8-3');
    expect(table.rows[3].cells[1]).toBe('みどり市本町1-8-3'); // merged down over two rows
    expect(table.rows[1].notes).toEqual([
      'I5 の数式の結果が保存されていません（Excel で開いて保存し直してください）',
      'J5 はエラー（#N/A）のため空として読みました',
      '見出しのない列のセル K5「電話で要確認」は読んでいません',
    ]);
    expect(table.about).toEqual([
      'シート: 「一覧」（2枚目／全2枚）',
      '表の上の行: 1行目「みどり市 デイサービス一覧（令和8年4月1日現在）」（見出しではないので読み飛ばしました）',
      '空の行: 1 行（読み飛ばしました）',
    ]);
  });

  it('picks the sheet by number or name, and names the sheets when the one asked for is missing', () => {
    expect(tableOf(readXlsxTable(careListBook(), { sheet: '2' })).rows).toHaveLength(4);
    expect(tableOf(readXlsxTable(careListBook(), { sheet: ' 一覧 ' })).rows).toHaveLength(4);
    const first = readXlsxTable(careListBook());
    expect(!first.ok && first.reason).toContain('見出しの行');
    const missing = readXlsxTable(careListBook(), { sheet: '名簿' });
    expect(!missing.ok && missing.reason).toBe(
      'シート「名簿」がありません（このファイルのシート: 1.「表紙」 2.「一覧」）',
    );
  });

  it('reads dates of the 1904 date system as Excel for Mac wrote them', () => {
    const book = buildXlsx({
      workbookPr: 'date1904="1"',
      sheets: [
        {
          name: 'S',
          xml: sheetXml(
            row(1, [text('A1', '名称'), text('B1', '確認日')]) + row(2, [text('A2', 'x'), num('B2', 44651, 1)]),
          ),
        },
      ],
    });
    expect(tableOf(readXlsxTable(book)).rows[0].cells[1]).toBe('2026-04-01');
  });

  it('reads 高松市の地域包括支援センター (.xlsx as published)', async () => {
    const bytes = await readFile(
      path.join(ROOT, 'tests/fixtures/import/takamatsu/0045_regional_comprehensive_support_center.xlsx'),
    );
    const table = tableOf(readXlsxTable(bytes));
    expect(table.header).toEqual([
      '#property',
      'latitude',
      'longitude',
      'name',
      'address',
      'telephoneNumber',
      'referenceObject',
      'note',
      'availableDate',
      'startTime',
      'endTime',
      'availableDateNote',
    ]);
    expect(table.rows).toHaveLength(7);
    expect(table.rows[0]).toMatchObject({ line: 2, cells: expect.arrayContaining(['月火水木金', '08:30', '17:00']) });
  });

  it('refuses what is not a .xlsx, in words', () => {
    const csv = readXlsxTable(new TextEncoder().encode('名称,住所\na,b\n'));
    expect(!csv.ok && csv.reason).toMatch(/^Excel（\.xlsx）の形ではありません/);
    const brokenZip = readXlsxTable(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(!brokenZip.ok && brokenZip.reason).toMatch(/^Excel のファイルとして読めません/);
    const big = new Uint8Array(XLSX_LIMITS.bytes + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expect(readXlsxTable(big)).toMatchObject({ ok: false, reason: expect.stringContaining('大きすぎます') });
  });

  it('ignores a merge declared over the whole sheet instead of filling a million rows', () => {
    const book = buildXlsx({
      sheets: [
        {
          name: 'S',
          xml: sheetXml(row(1, [text('A1', '名称'), text('B1', '住所')]) + row(2, [text('A2', 'a'), text('B2', 'b')]), [
            'A2:XFD1048576',
          ]),
        },
      ],
    });
    const table = tableOf(readXlsxTable(book));
    expect(table.rows).toEqual([{ line: 2, cells: ['a', 'a'] }]);
  });
});

/** Whatever happens, the answer is a table or a reason — never a throw, never a polluted prototype. */
function expectAnswer(result: TableResult) {
  if (result.ok) {
    expect(Array.isArray(result.table.header)).toBe(true);
    for (const r of result.table.rows) expect(r.cells.every((cell) => typeof cell === 'string')).toBe(true);
  } else {
    expect(result.reason.length).toBeGreaterThan(0);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
}

describe('fuzzing the reader like untrusted input', () => {
  it('never throws on arbitrary bytes, with or without a ZIP header', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), fc.boolean(), (bytes, zipHeader) => {
        const input = zipHeader ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
        expectAnswer(readXlsxTable(input));
      }),
      { numRuns: RUNS * 1.5 },
    );
  });

  it('never throws on a real workbook with bytes changed or cut off', async () => {
    const good = await readFile(
      path.join(ROOT, 'tests/fixtures/import/takamatsu/0045_regional_comprehensive_support_center.xlsx'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }),
        fc.nat(good.length),
        (edits, cut) => {
          const bytes = new Uint8Array(good.subarray(0, Math.max(4, cut)));
          for (const [at, value] of edits) if (at < bytes.length) bytes[at] = value;
          expectAnswer(readXlsxTable(bytes));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('never throws on well-zipped workbooks with strange or broken sheet XML, and stays quick', () => {
    fc.assert(
      fc.property(sheetArb, fc.constantFrom('Sheet1', '__proto__', 'constructor', '一覧'), (xml, name) => {
        const started = performance.now();
        expectAnswer(readXlsxTable(buildXlsx({ sheets: [{ name, xml }], sharedStrings: ['<t>x</t>'] })));
        expect(performance.now() - started).toBeLessThan(2000);
      }),
      { numRuns: RUNS },
    );
  });
});
