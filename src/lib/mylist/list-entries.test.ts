import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../model/load-model.ts';
import type { SiteModel } from '../model/model.ts';
import { listEntryData, listEntryFiles } from './list-entries.ts';
import { entryFile } from './mylist.ts';

describe('the entry files of /list/', () => {
  let model: SiteModel;
  beforeAll(async () => {
    ({ model } = await loadModel(path.resolve('content')));
  });

  it('a window: name, 種類, phone, address, hours in words and the open-now data', () => {
    const entry = listEntryData(model.resourceById.get('sukoyaka-fujimi')!);
    expect(entry).toMatchObject({
      id: 'sukoyaka-fujimi',
      name: 'すこやか福祉相談室 富士見',
      category: '地域包括支援センター',
      url: '/resources/sukoyaka-fujimi/',
      phone: '042-372-3315',
      address: 'みどり市富士見町3-4-2 富士見ハイツ1階',
      open: { closed: 'holiday newyear' },
    });
    expect(entry.hours).toMatch(/^月.*9:00.*17:00.*祝日/);
    expect(entry.location).toHaveLength(2);
    expect(entry.status).toBeUndefined();
  });

  it('空き with its date where the content has it', () => {
    const withCapacity = model.resources.find((resource) => resource.capacity?.available !== undefined)!;
    expect(listEntryData(withCapacity).capacity).toMatch(/^空き \d+人.*（\d{4}年\d+月\d+日時点）$/);
  });

  it('every resource is in exactly the file its id hashes to', () => {
    const files = listEntryFiles(model);
    expect(
      files
        .flat()
        .map((entry) => entry.id)
        .sort(),
    ).toEqual(model.resources.map((r) => r.id).sort());
    files.forEach((entries, index) => {
      for (const entry of entries) expect(entryFile(entry.id, files.length)).toBe(index);
    });
  });
});
