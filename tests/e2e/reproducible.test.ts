/**
 * The same content gives the same site on any build machine: whatever its time zone and locale,
 * and whether git checked the content out with LF or CRLF line endings (`core.autocrlf` on
 * Windows). Three builds of the sample at one pinned instant (SOURCE_DATE_EPOCH) at 19:30 in
 * Japan, when Kiritimati (UTC+14) is already on the next day and Pago Pago (UTC-11) still on the
 * day before, so a date read from the machine's own clock instead of Japan's would differ.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { todayInJapan } from '../../src/lib/content/dates.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatDate } from '../../src/lib/text/format.ts';
import { withoutRuby } from '../../src/lib/furigana/ruby-html.ts';
import { buildSite, type BuildResult } from './build-site.ts';

const sample = path.resolve('content');
/** The next 10:30 UTC (19:30 in Japan) from now: no 情報確認日 of the sample is after it. */
function nextJapanEvening(now = Date.now()): Date {
  const day = new Date(now);
  const evening = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 10, 30);
  return new Date(evening >= now ? evening : evening + 86_400_000);
}
const pinned = nextJapanEvening();
const EPOCH = String(pinned.getTime() / 1000);
const TEXT = /\.(md|ya?ml|json|csv|txt)$/i;

let workDir: string;
const out = (name: string) => path.join(workDir, name);

/** A copy of the sample with every text file's line endings turned into CRLF. */
function crlfCopy(from: string, to: string): number {
  let converted = 0;
  fs.cpSync(from, to, { recursive: true });
  for (const entry of fs.readdirSync(to, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !TEXT.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace(/\r?\n/g, '\r\n'));
    converted++;
  }
  return converted;
}

/** Every file under `dir`, relative, `/`-separated, sorted. */
function filesOf(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The files whose bytes differ between two builds (and those only one has). */
function differences(a: string, b: string): string[] {
  const [left, right] = [filesOf(a), filesOf(b)];
  const onlyOne = [...left.filter((file) => !right.includes(file)), ...right.filter((file) => !left.includes(file))];
  const changed = left.filter(
    (file) => right.includes(file) && !fs.readFileSync(path.join(a, file)).equals(fs.readFileSync(path.join(b, file))),
  );
  return [...onlyOne.map((file) => `only in one: ${file}`), ...changed];
}

const builds: Record<string, BuildResult> = {};

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reproducible-'));
  expect(crlfCopy(sample, out('content-crlf'))).toBeGreaterThan(20);
  const common = { SOURCE_DATE_EPOCH: EPOCH, CONTENT_VALIDATION: undefined };
  const runs = {
    kiritimati: { outDir: out('kiritimati'), env: { ...common, TZ: 'Pacific/Kiritimati', LANG: 'C', LC_ALL: 'C' } },
    pagopago: {
      outDir: out('pagopago'),
      env: { ...common, TZ: 'Pacific/Pago_Pago', LANG: 'ja_JP.UTF-8', LC_ALL: 'ja_JP.UTF-8' },
    },
    crlf: { outDir: out('crlf'), contentDir: out('content-crlf'), env: { ...common, TZ: 'UTC' } },
  };
  // One after the other: the machine has two cores.
  for (const [name, options] of Object.entries(runs)) builds[name] = await buildSite(options);
}, 600_000);

afterAll(() => {
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe('the sample builds to the same site on any machine', () => {
  test('all three builds succeed', () => {
    for (const [name, result] of Object.entries(builds))
      expect(result.code, `${name}:\n${result.output.slice(-2000)}`).toBe(0);
  });

  test('time zone and locale: Kiritimati (next day) and Pago Pago (day before) build the same files, byte for byte', () => {
    expect(filesOf(out('kiritimati')).length).toBeGreaterThan(100);
    expect(differences(out('kiritimati'), out('pagopago'))).toEqual([]);
  });

  test("the print pages carry Japan's date at the pinned instant, not the machine's", () => {
    const printPage = filesOf(out('kiritimati')).find(
      (file) => file.startsWith('print/areas/') && file.endsWith('index.html'),
    )!;
    const japanDate = formatDate(todayInJapan(pinned));
    const local = (timeZone: string) => new Intl.DateTimeFormat('sv-SE', { timeZone }).format(pinned);
    // The instant really is on three different dates.
    expect(new Set([todayInJapan(pinned), local('Pacific/Kiritimati'), local('Pacific/Pago_Pago')]).size).toBe(3);
    for (const build of ['kiritimati', 'pagopago'])
      expect(withoutRuby(fs.readFileSync(path.join(out(build), printPage), 'utf8'))).toContain(`${japanDate}現在`);
  });

  test('CRLF line endings: the same site as LF', () => {
    expect(differences(out('kiritimati'), out('crlf'))).toEqual([]);
  });

  test('CRLF line endings: the same diagnostics, at the same lines and columns', async () => {
    const today = todayInJapan(pinned);
    const [lf, crlf] = await Promise.all([loadContent(sample, { today }), loadContent(out('content-crlf'), { today })]);
    const strip = (loaded: typeof lf) =>
      loaded.diagnostics.map(({ file, ...rest }) => ({ file: path.basename(file), ...rest }));
    expect(strip(crlf)).toEqual(strip(lf));
    expect(crlf.resources.map((resource) => [resource.id, resource.data])).toEqual(
      lf.resources.map((resource) => [resource.id, resource.data]),
    );
  });
});
