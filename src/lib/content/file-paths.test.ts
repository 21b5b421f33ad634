/** The path logic with both kinds of separators: Windows' own rules run here through path.win32. */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { isInside, relativePath } from './file-paths.ts';

describe('relativePath', () => {
  test('Windows paths come out with /', () => {
    expect(relativePath('C:\\Users\\clerk\\town', 'C:\\Users\\clerk\\town\\content\\resources\\soudan\\a.md', path.win32)).toBe(
      'content/resources/soudan/a.md',
    );
    expect(relativePath('C:\\town', 'C:\\town', path.win32)).toBe('');
    expect(relativePath('C:\\town\\site', 'C:\\town\\content\\areas\\x.yaml', path.win32)).toBe('../content/areas/x.yaml');
  });

  test('another drive stays absolute, still with /', () => {
    expect(relativePath('C:\\work', 'D:\\content\\site.yaml', path.win32)).toBe('D:/content/site.yaml');
  });

  test('POSIX paths are unchanged', () => {
    expect(relativePath('/srv/town', '/srv/town/content/resources/a.md', path.posix)).toBe('content/resources/a.md');
  });
});

describe('isInside', () => {
  test('on Windows, case and separators as Windows reads them', () => {
    expect(isInside('C:\\town\\content', 'C:\\town\\content\\areas\\x.yaml', path.win32)).toBe(true);
    expect(isInside('C:\\town\\content', 'C:/town/content/areas/x.yaml', path.win32)).toBe(true);
    expect(isInside('C:\\town\\content', 'c:\\TOWN\\Content\\areas\\x.yaml', path.win32)).toBe(true);
    expect(isInside('C:\\town\\content', 'C:\\town\\content-old\\x.yaml', path.win32)).toBe(false);
    expect(isInside('C:\\town\\content', 'D:\\town\\content\\x.yaml', path.win32)).toBe(false);
    expect(isInside('C:\\town\\content', 'C:\\town\\content', path.win32)).toBe(false);
  });

  test('on POSIX', () => {
    expect(isInside('/srv/content', '/srv/content/a/b.md', path.posix)).toBe(true);
    expect(isInside('/srv/content', '/srv/content2/b.md', path.posix)).toBe(false);
    expect(isInside('/srv/content', '/srv/content/../x', path.posix)).toBe(false);
  });
});
