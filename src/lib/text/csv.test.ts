import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, decodeCsvBytes, formatCsvField, parseCsv, parseCsvRecords, stringifyCsv } from './csv.ts';

describe('parseCsv', () => {
  it('reads plain fields with LF and CRLF line endings', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(parseCsv('a,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('a,b\r1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps empty fields, also at the ends of a line', () => {
    expect(parseCsv(',a,,\n')).toEqual([['', 'a', '', '']]);
    expect(parseCsv('"",""\n')).toEqual([['', '']]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const rows = parseCsv('名称,説明\r\n"デイ ""さくら""","送迎あり,\r\n入浴あり"\r\n');
    expect(rows).toEqual([
      ['名称', '説明'],
      ['デイ "さくら"', '送迎あり,\r\n入浴あり'],
    ]);
  });

  it('handles a last line without a line break', () => {
    expect(parseCsv('a,b\n1,"2"')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('skips blank lines but keeps a line of only commas', () => {
    expect(parseCsv('a\n\n\nb\n,\n')).toEqual([['a'], ['b'], ['', '']]);
  });

  it('strips a BOM left in the text', () => {
    expect(parseCsv('\ufeff名称\nx')).toEqual([['名称'], ['x']]);
  });

  it('keeps a stray quote inside an unquoted field as text', () => {
    expect(parseCsv('5" disk,b\n')).toEqual([['5" disk', 'b']]);
  });

  it('reports an unterminated quoted field with the line where it starts', () => {
    expect(() => parseCsv('a\n"never closed,\nb\n')).toThrow(CsvSyntaxError);
    try {
      parseCsv('a\nb\n"x');
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(3);
    }
  });

  it('gives each record the line it starts on, counting quoted line breaks', () => {
    const records = parseCsvRecords('h\n"one\ntwo"\nthree\n');
    expect(records.map((record) => record.line)).toEqual([1, 2, 4]);
  });
});

describe('stringifyCsv', () => {
  it('quotes only what needs quoting and doubles quotes', () => {
    expect(formatCsvField('abc')).toBe('abc');
    expect(formatCsvField('a,b')).toBe('"a,b"');
    expect(formatCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(formatCsvField('two\nlines')).toBe('"two\nlines"');
    expect(formatCsvField(' padded')).toBe('" padded"');
  });

  it('writes a BOM and CRLF by default', () => {
    expect(
      stringifyCsv([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe('\ufeffa,b\r\n1,2\r\n');
    expect(stringifyCsv([['a']], { bom: false, eol: '\n' })).toBe('a\n');
  });

  it('round-trips awkward values through parseCsv', () => {
    const rows = [
      ['名称', '備考'],
      ['"quoted"', 'comma, and\r\nnewline'],
      ['', ' space '],
    ];
    expect(parseCsv(stringifyCsv(rows))).toEqual(rows);
  });
});

describe('decodeCsvBytes', () => {
  const text = '名称,住所\r\nデイサービスさくら,みどり市本町1-2-3\r\n';

  it('reads UTF-8 with and without BOM', () => {
    const plain = new TextEncoder().encode(text);
    expect(decodeCsvBytes(plain)).toEqual({ text, encoding: 'utf-8' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeCsvBytes(withBom)).toEqual({ text, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 LE and BE with BOM', () => {
    const le = [0xff, 0xfe];
    const be = [0xfe, 0xff];
    for (const unit of text) {
      const code = unit.charCodeAt(0);
      le.push(code & 0xff, code >> 8);
      be.push(code >> 8, code & 0xff);
    }
    expect(decodeCsvBytes(new Uint8Array(le))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeCsvBytes(new Uint8Array(be))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('falls back to Shift_JIS when the bytes are not UTF-8', () => {
    // 「名称」 in cp932: 96 BC 8F CC
    const bytes = new Uint8Array([0x96, 0xbc, 0x8f, 0xcc, 0x2c, 0x41, 0x0d, 0x0a]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: '名称,A\r\n', encoding: 'shift_jis' });
  });
});
