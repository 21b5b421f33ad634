import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../model/load-model.ts';
import type { ResourceView, SiteModel } from '../model/model.ts';
import { escapeXml } from '../export/text.ts';
import { badgesHtml, openStatusHtml, resourceCardHtml, resourceCardsHtml } from './resource-card.ts';

describe('resource cards of the sample town', () => {
  let model: SiteModel;
  beforeAll(async () => {
    ({ model } = await loadModel(path.resolve('content')));
  });
  const resource = (id: string) => model.resourceById.get(id)!;

  it('a window: heading link, badge, 種類・地区, address, tap-to-call number, the hidden マイリスト button and the open-status line', () => {
    const html = resourceCardHtml(resource('sukoyaka-fujimi'), model, 'h3');
    expect(html).toBe(
      '<li class="card"><h3><a href="/resources/sukoyaka-fujimi/">すこやか福祉相談室 富士見</a></h3>' +
        '<p class="meta"><span class="badge badge-window">相談窓口</span>地域包括支援センター・富士見地区</p>' +
        '<p>みどり市富士見町3-4-2 富士見ハイツ1階</p>' +
        '<p>電話 <a class="tel" href="tel:042-372-3315">042-372-3315</a></p>' +
        '<p class="mylist-line" hidden><button type="button" class="mylist-button" data-mylist="sukoyaka-fujimi">マイリストに追加</button></p>' +
        '<p class="open-status open-status-small" data-open-status data-hours="[{&quot;days&quot;:[&quot;mon&quot;,&quot;tue&quot;,&quot;wed&quot;,&quot;thu&quot;,&quot;fri&quot;],&quot;time&quot;:&quot;09:00-17:00&quot;}]" data-closed="holiday newyear" hidden></p></li>',
    );
  });

  it('the heading level is the one asked for, and each level is its own card', () => {
    const fujimi = resource('sukoyaka-fujimi');
    expect(resourceCardHtml(fujimi, model, 'h4')).toMatch(/^<li class="card"><h4><a [^>]+>[^<]+<\/a><\/h4>/);
    expect(resourceCardHtml(fujimi, model, 'h2')).toMatch(/^<li class="card"><h2>/);
    expect(resourceCardHtml(fujimi, model, 'h3')).toMatch(/^<li class="card"><h3>/);
  });

  it('a list is its cards in the order given', () => {
    const list = [resource('sukoyaka-fujimi'), resource('sukoyaka-honcho')];
    expect(resourceCardsHtml(list, model, 'h4')).toBe(
      resourceCardHtml(list[0]!, model, 'h4') + resourceCardHtml(list[1]!, model, 'h4'),
    );
    expect(resourceCardsHtml([], model)).toBe('');
  });

  it('every kind of line shows only when it applies', () => {
    for (const item of model.resources) {
      const html = resourceCardHtml(item, model);
      expect(html.includes('class="tel"'), item.id).toBe(Boolean(item.phone));
      expect(html.includes('電話・オンラインで利用'), item.id).toBe(Boolean(item.online && !item.address));
      expect(html.includes('data-open-status'), item.id).toBe(
        item.status === 'active' && (item.hours?.length ?? 0) > 0,
      );
      expect(html.includes('badge-professional'), item.id).toBe(item.professionalOnly);
      expect(html.includes('badge-window'), item.id).toBe(item.isWindow);
    }
  });
});

describe('markup from untrusted values', () => {
  const hostile: ResourceView = {
    id: 'x',
    name: '<script>alert(1)</script>「A&B」',
    kana: 'えー',
    category: 'c',
    categoryInfo: { id: 'c', name: '"><img src=x onerror=alert(1)>' } as ResourceView['categoryInfo'],
    address: "O'Neil <b>1</b>",
    phone: '" onclick="alert(1)',
    status: 'suspended',
    professionalOnly: true,
    isWindow: false,
    hours: [{ days: ['mon'], time: '09:00-17:00' }],
    closed: ['holiday'],
    audience: ['resident'],
    languages: ['ja'],
    verifiedAt: '2026-01-01',
  } as unknown as ResourceView;
  const model = { areaById: new Map() } as unknown as SiteModel;

  it('escapes the five markup characters', () => {
    expect(escapeXml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('no tag, attribute or quote from the content reaches the card unescaped', () => {
    const html = resourceCardHtml(hostile, model);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;「A&amp;B」');
    expect(html).toContain('href="tel:&quot; onclick=&quot;alert(1)"');
    // Only the card's own tags and attributes are left: a value cannot end its attribute early.
    const tags = [...html.matchAll(/<([a-z0-9]+)((?: [a-z-]+(?:="[^"]*")?)*)>/g)];
    expect(new Set(tags.map((m) => m[1]))).toEqual(new Set(['li', 'h3', 'a', 'p', 'span', 'button']));
    const names = tags.flatMap((m) => [...m[2]!.matchAll(/ ([a-z-]+)(?:="[^"]*")?/g)].map((a) => a[1]));
    expect(new Set(names)).toEqual(new Set(['class', 'href', 'hidden', 'type', 'data-mylist']));
    expect(html.replace(/<\/?[a-z0-9]+(?: [a-z-]+(?:="[^"]*")?)*>/g, '')).not.toMatch(/[<>"]/);
  });

  it('a suspended resource: its status badge, and no open-status line', () => {
    expect(badgesHtml(hostile)).toBe(
      '<span class="badge badge-status-suspended">休止中</span><span class="badge badge-professional">専門職向け</span>',
    );
    expect(openStatusHtml(hostile)).toBe('');
    expect(openStatusHtml({ ...hostile, status: 'active' }, 'large')).toBe(
      '<p class="open-status open-status-large" data-open-status data-hours="[{&quot;days&quot;:[&quot;mon&quot;],&quot;time&quot;:&quot;09:00-17:00&quot;}]" data-closed="holiday" hidden></p>',
    );
    expect(openStatusHtml({ ...hostile, status: 'active', closed: undefined })).toContain(' data-closed hidden>');
  });
});
