import { describe, expect, test } from 'vitest';
import { memberOfUrl } from './portal-search.ts';

describe('memberOfUrl', () => {
  const members = [
    { id: 'a', url: '/m/a/' },
    { id: 'ab', url: '/m/ab/' },
    { id: 'far', url: 'https://far.example.jp/care/' },
  ];
  test('the member whose URL starts the result URL', () => {
    expect(memberOfUrl('/m/a/resources/x/', members)?.id).toBe('a');
    expect(memberOfUrl('/m/ab/resources/x/', members)?.id).toBe('ab');
    expect(memberOfUrl('https://far.example.jp/care/areas/y/', members)?.id).toBe('far');
  });
  test('none for a URL of no member', () => {
    expect(memberOfUrl('/resources/x/', members)).toBeUndefined();
  });
});
