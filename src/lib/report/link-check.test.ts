/** The link checker against a local HTTP server on 127.0.0.1 (no internet). */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkLink, checkLinks, collectLinks } from './link-check.ts';

let server: Server;
let base: string;
const seen: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    const reply = (status: number, headers: Record<string, string> = {}) => {
      response.writeHead(status, headers);
      response.end(request.method === 'HEAD' ? undefined : 'body');
    };
    switch (request.url) {
      case '/ok':
        return reply(200);
      case '/missing':
        return reply(404);
      case '/error':
        return reply(500);
      case '/moved':
        return reply(301, { location: '/ok' });
      case '/moved-twice':
        return reply(308, { location: '/moved' });
      case '/temporary':
        return reply(302, { location: '/ok' });
      case '/moved-to-missing':
        return reply(301, { location: '/missing' });
      case '/loop':
        return reply(301, { location: '/loop' });
      case '/no-head':
        return request.method === 'HEAD' ? reply(405) : reply(200);
      case '/slow':
        return; // never answers
      default:
        return reply(404);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('checkLink', () => {
  test('200 is ok', async () => {
    expect(await checkLink(`${base}/ok`)).toMatchObject({ status: 'ok', code: 200 });
  });

  test('404 and 500 are broken, with the code', async () => {
    expect(await checkLink(`${base}/missing`)).toMatchObject({
      status: 'broken',
      code: 404,
      message: 'ページが見つかりません（404）',
    });
    expect(await checkLink(`${base}/error`)).toMatchObject({ status: 'broken', code: 500 });
  });

  test('301 to a working page: moved, with the new URL to put in the file', async () => {
    expect(await checkLink(`${base}/moved`)).toMatchObject({ status: 'moved', code: 200, finalUrl: `${base}/ok` });
    expect(await checkLink(`${base}/moved-twice`)).toMatchObject({ status: 'moved', finalUrl: `${base}/ok` });
  });

  test('a temporary redirect is fine; a permanent one to a missing page is broken', async () => {
    expect(await checkLink(`${base}/temporary`)).toMatchObject({ status: 'ok' });
    expect(await checkLink(`${base}/moved-to-missing`)).toMatchObject({ status: 'broken', code: 404 });
  });

  test('a redirect loop ends', async () => {
    const result = await checkLink(`${base}/loop`, { maxRedirects: 3 });
    expect(result.status).toBe('broken');
    expect(result.message).toContain('ループ');
  });

  test('a server that refuses HEAD is asked with GET', async () => {
    seen.length = 0;
    expect(await checkLink(`${base}/no-head`)).toMatchObject({ status: 'ok' });
    expect(seen).toEqual(['HEAD /no-head', 'GET /no-head']);
  });

  test('no answer within the timeout', async () => {
    const started = Date.now();
    expect(await checkLink(`${base}/slow`, { timeoutMs: 300 })).toMatchObject({ status: 'timeout' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test('nothing listening: unreachable, not an exception', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await checkLink(`http://127.0.0.1:${port}/`)).toMatchObject({ status: 'unreachable' });
  });
});

describe('checkLinks', () => {
  test('each URL once, all results', async () => {
    seen.length = 0;
    const results = await checkLinks([`${base}/ok`, `${base}/missing`, `${base}/ok`], { concurrency: 2 });
    expect([...results.keys()].sort()).toEqual([`${base}/missing`, `${base}/ok`]);
    expect(seen.filter((line) => line.endsWith('/ok'))).toHaveLength(1);
  });
});

describe('collectLinks', () => {
  test('url fields and links in bodies, not tel/mailto', () => {
    const sites = collectLinks([
      [
        {
          file: 'resources/a.md',
          data: { name: 'A', url: 'https://a.example.jp/', phone: '042-111-2222' },
          body: '詳しくは[市のページ](https://city.example.jp/kaigo/)へ。電話は [042](tel:0421112222)、https://b.example.jp/x.html。',
        },
      ],
      [{ file: 'organizations/o.yaml', data: { name: 'O', url: 'http://o.example.jp' } }],
    ]);
    expect(sites).toEqual([
      { url: 'https://a.example.jp/', file: 'resources/a.md', field: 'url' },
      { url: 'https://city.example.jp/kaigo/', file: 'resources/a.md', field: '本文' },
      { url: 'https://b.example.jp/x.html', file: 'resources/a.md', field: '本文' },
      { url: 'http://o.example.jp', file: 'organizations/o.yaml', field: 'url' },
    ]);
  });
});
