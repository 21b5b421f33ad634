import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../model/load-model.ts';
import type { ResourceView, SiteModel } from '../model/model.ts';
import { escapeXml, htmlToText } from '../export/text.ts';
import { documentEntries, networkDocument, resourceDocument } from './search-document.ts';
import { indexKeys } from './search-terms.ts';

/** The attribute values of one kind in a document, as [key, value] pairs. */
function attributes(html: string, kind: 'filter' | 'meta' | 'sort'): [string, string][] {
  return [
    ...html.matchAll(new RegExp(`data-pagefind-${kind}="([^"[]+)\\[data-value\\]" data-value="([^"]*)"`, 'g')),
  ].map((m) => [m[1]!, m[2]!]);
}
const paragraph = (html: string, weight: number) =>
  new RegExp(`<p data-pagefind-weight="${weight}">([^<]*)</p>`).exec(html)?.[1]?.split(' ') ?? [];

describe('search documents of the sample town', () => {
  let model: SiteModel;
  beforeAll(async () => {
    ({ model } = await loadModel(path.resolve('content')));
  });

  it('one document per resource, area, network and organization, each at its page path', () => {
    const documents = documentEntries(model).map((entry) => ({ url: entry.url, html: entry.make() }));
    const expected = [
      ...model.resources.map((r) => `/resources/${r.id}/`),
      ...model.areas.map((a) => `/areas/${a.id}/`),
      ...model.networks.map((n) => `/networks/${n.id}/`),
      ...model.organizations.map((o) => `/organizations/${o.id}/`),
    ];
    expect(documents.map((d) => d.url)).toEqual(expected);
    expect(new Set(expected).size).toBe(expected.length);
    for (const document of documents)
      expect(document.html, document.url).toMatch(/^<html lang="ja"><body><h1>[^<]+<\/h1>/);
  });

  it('a resource: name as the title, 種類・地域 as a heading, filters, sort key and the card fields', () => {
    const resource = model.resourceById.get('sukoyaka-fujimi')!;
    const html = resourceDocument(model, resource);
    expect(html).toContain('<h1>すこやか福祉相談室 富士見</h1>');
    expect(html).toContain('<h2>地域包括支援センター・富士見地区</h2>');
    const filters = attributes(html, 'filter');
    expect(filters).toContainEqual(['category', 'houkatsu']);
    expect(filters).toContainEqual(['area', 'fujimi']);
    expect(filters).toContainEqual(['topic', 'ninchisho']);
    expect(filters).toContainEqual(['status', 'active']);
    expect(attributes(html, 'sort')).toEqual([['kana', 'すこやかふくしそうだんしつ ふじみ']]);
    expect(Object.fromEntries(attributes(html, 'meta'))).toEqual({
      kind: 'window',
      category: '地域包括支援センター',
      area: '富士見地区',
      address: 'みどり市富士見町3-4-2 富士見ハイツ1階',
      phone: '042-372-3315',
    });
    // Its name in every suffix at the strongest weight: 「富士見」 alone finds it.
    expect(paragraph(html, 10)).toEqual(expect.arrayContaining(indexKeys(['富士見'])));
    // The description is in the text, and the 出典.
    expect(html).toContain('富士見ハイツの1階にあります');
    expect(html).toContain('東部地域包括支援センター');
  });

  it('leaves out what belongs to other entries: つなぎ先 names, a meeting’s secretariat and member organizations', () => {
    const resource = model.resourceById.get('sukoyaka-fujimi')!;
    // (houkatsu-tobu is also its 出典, which is its own field.)
    const referred = resource
      .refersTo!.map((referral) => model.resourceById.get(referral.resource)!.name)
      .filter((name) => name !== resource.source);
    expect(referred.length).toBeGreaterThanOrEqual(3);
    const html = resourceDocument(model, resource);
    for (const name of referred) expect(html, name).not.toContain(`<p>${name}`);
    expect(html).toContain('8050世帯など、親子ともに支援が必要な場合');

    const meeting = model.networkById.get('chiiki-care-kaigi-tobu')!;
    const text = htmlToText(networkDocument(model, meeting));
    expect(text).toContain('東部圏域 地域ケア会議');
    expect(text).toContain('2か月に1回');
    for (const member of meeting.members!.filter((m) => m.organization)) {
      expect(text, member.organization).not.toContain(model.organizationById.get(member.organization!)!.name);
    }
  });

  it('escapes what it is given: markup in a name stays text', () => {
    const resource = model.resourceById.get('sukoyaka-fujimi')!;
    const hostile: ResourceView = {
      ...resource,
      name: '<img src=x onerror=alert(1)>"&',
      address: '"><script>alert(1)</script>',
    };
    const html = resourceDocument(model, hostile);
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain(`<h1>${escapeXml('<img src=x onerror=alert(1)>"&')}</h1>`);
    expect(attributes(html, 'meta')).toContainEqual(['address', escapeXml('"><script>alert(1)</script>')]);
  });

  it('a suspended resource carries its status as a filter and on the card', () => {
    const suspended = model.resources.find((r) => r.status === 'suspended');
    expect(suspended, 'the sample has a suspended resource').toBeDefined();
    const html = resourceDocument(model, suspended!);
    expect(attributes(html, 'filter')).toContainEqual(['status', 'suspended']);
    expect(attributes(html, 'meta')).toContainEqual(['status', '休止中']);
  });
});
