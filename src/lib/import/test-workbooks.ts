/**
 * Workbooks for the tests, written part by part as Excel writes them (the XML of each part,
 * zipped with the CFB library SheetJS itself uses), so the reader is tested on what offices
 * send rather than on what a library would write; and generators of strange ones for fuzzing.
 */
import * as XLSX from '@e965/xlsx';
import fc from 'fast-check';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export interface BookParts {
  sheets: { name: string; xml: string }[];
  sharedStrings?: string[];
  /** Extra attributes of <workbookPr> (date1904="1"). */
  workbookPr?: string;
}

export const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Cell styles: 0 General, 1 date (builtin 14), 2 「0000000000」, 3 「000-0000」, 4 time (builtin 20), 5 「0.00」. */
const STYLES = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><numFmts count="3"><numFmt numFmtId="164" formatCode="0000000000"/><numFmt numFmtId="165" formatCode="000\\-0000"/><numFmt numFmtId="166" formatCode="0.00"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/><xf numFmtId="20" applyNumberFormat="1"/><xf numFmtId="166" applyNumberFormat="1"/></cellXfs></styleSheet>`;

/** A .xlsx from its XML parts, zipped with the CFB library that SheetJS itself uses. */
export function buildXlsx(parts: BookParts): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  const add = (name: string, text: string) => XLSX.CFB.utils.cfb_add(cfb, name, Buffer.from(text, 'utf8'));
  const sheetTypes = parts.sheets
    .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${TYPE}.worksheet+xml"/>`)
    .join('');
  add(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${TYPE}.sharedStrings+xml"/>${sheetTypes}</Types>`,
  );
  add(
    '_rels/.rels',
    `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const sheetList = parts.sheets
    .map((sheet, i) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  add(
    'xl/workbook.xml',
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr ${parts.workbookPr ?? ''}/><sheets>${sheetList}</sheets></workbook>`,
  );
  const sheetRels = parts.sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join('');
  const n = parts.sheets.length;
  add(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="${PKG}">${sheetRels}<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  add('xl/styles.xml', STYLES);
  const strings = (parts.sharedStrings ?? []).map((si) => `<si>${si}</si>`).join('');
  add('xl/sharedStrings.xml', `<sst xmlns="${MAIN}" count="${parts.sharedStrings?.length ?? 0}">${strings}</sst>`);
  parts.sheets.forEach((sheet, i) => add(`xl/worksheets/sheet${i + 1}.xml`, sheet.xml));
  return new Uint8Array(XLSX.CFB.write(cfb, { fileType: 'zip', type: 'buffer' }));
}

/** <c> helpers: inline text, a number with a style, a shared string. */
export const text = (ref: string, value: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`;
export const num = (ref: string, value: number, style = 0) => `<c r="${ref}" s="${style}"><v>${value}</v></c>`;
export const shared = (ref: string, index: number) => `<c r="${ref}" t="s"><v>${index}</v></c>`;
export const sheetXml = (rows: string, merges: string[] = []) =>
  `<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData>${merges.length ? `<mergeCells count="${merges.length}">${merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>` : ''}</worksheet>`;
export const row = (n: number, cells: string[]) => `<row r="${n}">${cells.join('')}</row>`;

/**
 * A city's care list as an office keeps it in Excel: a merged title row, a two-row header with
 * 位置 over 緯度・経度 and 受付時間 over 開始・終了, a bold word inside a name, times and dates as
 * Excel stores them, 事業所番号 kept with its 0 by the cell format, a 定員 from a formula, an error
 * cell, a formula never calculated, a note beyond the table, an empty row and an address merged
 * over two rows.
 */
export function careListBook(): Uint8Array {
  const list = sheetXml(
    [
      row(1, [text('A1', 'みどり市 デイサービス一覧（令和8年4月1日現在）')]),
      row(2, [
        text('A2', '施設名'),
        text('B2', '所在地'),
        text('C2', '位置'),
        text('E2', '受付時間'),
        text('G2', '事業所番号'),
        text('H2', '郵便番号'),
        text('I2', '定員'),
        text('J2', '確認日'),
      ]),
      row(3, [text('C3', '緯度'), text('D3', '経度'), text('E3', '開始'), text('F3', '終了')]),
      row(4, [
        shared('A4', 0),
        text('B4', 'みどり市緑町1-2-3'),
        num('C4', 35.7123456, 5),
        num('D4', 139.5234567, 5),
        num('E4', 0.354166666666667, 4),
        num('F4', 0.708333333333333, 4),
        num('G4', 171234567, 2),
        num('H4', 1880011, 3),
        `<c r="I4"><f>SUM(10,20)</f><v>30</v></c>`,
        num('J4', 46113, 1),
      ]),
      row(5, [
        text('A5', 'デイサービスこもれび'),
        text('B5', 'みどり市緑町2-3-4'),
        num('C5', 35.7201),
        num('D5', 139.5302),
        text('E5', '9時'),
        text('F5', '17時'),
        // A text formula saved without its result (a file written by a tool that does not calculate).
        `<c r="I5" t="str"><f>A1&amp;"名"</f></c>`,
        `<c r="J5" t="e"><v>#N/A</v></c>`,
        text('K5', '電話で要確認'),
      ]),
      row(6, []),
      row(7, [
        text('A7', '地域密着型デイ まちのえんがわ'),
        text('B7', 'みどり市本町1-8-3'),
        num('C7', 35.71909),
        num('D7', 139.51061),
      ]),
      row(8, [
        text('A8', '本町サロン'),
        num('C8', 35.7181),
        num('D8', 139.5211),
        text('E8', '13:30'),
        text('F8', '15:30'),
      ]),
    ].join(''),
    ['A1:J1', 'A2:A3', 'B2:B3', 'C2:D2', 'E2:F2', 'G2:G3', 'H2:H3', 'I2:I3', 'J2:J3', 'B7:B8'],
  );
  return buildXlsx({
    sheets: [
      { name: '表紙', xml: sheetXml(row(1, [text('A1', 'この一覧について')])) },
      { name: '一覧', xml: list },
    ],
    sharedStrings: ['<r><t>ひだまり</t></r><r><rPr><b/></rPr><t>の家</t></r>'],
  });
}

/** XML-ish text for cells: Unicode, markup characters, entity-like and tag-like fragments. */
const cellTextArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', '&amp;', '&#0;', '&#xFFFF;', ']]>', '<t>', '=1+1', '0000'),
);
const refArb = fc.oneof(
  fc
    .tuple(fc.constantFrom('A', 'B', 'Z', 'AA', 'XFD', 'XFE', ''), fc.integer({ min: -1, max: 1_048_577 }))
    .map(([c, r]) => `${c}${r}`),
  fc.string({ maxLength: 6 }),
);
const cellArb = fc.oneof(
  fc.tuple(refArb, cellTextArb).map(([ref, value]) => text(ref, value)),
  fc
    .tuple(refArb, fc.double(), fc.integer({ min: 0, max: 9 }))
    .map(([ref, value, s]) => `<c r="${ref}" s="${s}"><v>${value}</v></c>`),
  fc
    .tuple(refArb, fc.constantFrom('s', 'e', 'b', 'd', 'str', 'n', 'x'), fc.string({ maxLength: 12 }))
    .map(([ref, t, v]) => `<c r="${ref}" t="${t}"><v>${escapeXml(v)}</v></c>`),
  fc.tuple(refArb, fc.string({ maxLength: 20 })).map(([ref, f]) => `<c r="${ref}"><f>${escapeXml(f)}</f></c>`),
  // Broken markup: unclosed, stray and nested tags.
  fc.constantFrom(
    '<c r="A1"><v>1',
    '</row>',
    '<c><c><c>',
    '<is><r><t>x</r></is>',
    '<!DOCTYPE x [<!ENTITY a "b">]>',
    '\u0000',
  ),
);
export const sheetArb = fc
  .tuple(
    fc.array(fc.array(cellArb, { maxLength: 8 }), { maxLength: 12 }),
    fc.array(
      fc.tuple(refArb, refArb).map(([a, b]) => `${a}:${b}`),
      { maxLength: 3 },
    ),
  )
  .map(([rows, merges]) => sheetXml(rows.map((cells, i) => row(i + 1, cells)).join(''), merges));
