/**
 * The CMS's preview of a resource: the page a resident will see, drawn with the site's own
 * stylesheet (registered by cms-page.ts) from src/lib/editing/resource-preview.ts. Built with the
 * element function Decap exposes (`window.h`, React's createElement), so every value from the
 * form lands in a text node: nothing typed is ever read as HTML.
 */
import { resourcePreview, type PreviewLookups, type PreviewView } from '../../lib/editing/resource-preview.ts';

/** React's createElement, as Decap's bundle exposes it. */
export type CreateElement = (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

/** The part of Decap's preview props we read: the entry, an Immutable map with `data`. */
interface PreviewProps {
  entry: { get(key: 'data'): { toJS(): Record<string, unknown> } | undefined };
}

export function resourcePreviewTemplate(h: CreateElement, lookups: PreviewLookups) {
  return function ResourcePreview({ entry }: PreviewProps) {
    const view = resourcePreview(entry.get('data')?.toJS() ?? {}, lookups);
    return h('main', { className: 'wrap' }, h('article', null, ...heading(h, view), ...details(h, view)));
  };
}

function heading(h: CreateElement, view: PreviewView): unknown[] {
  return [
    h('h1', { key: 'name' }, view.name),
    view.kana && h('p', { key: 'kana', className: 'muted' }, h('span', { lang: 'ja' }, view.kana)),
    view.placeLine && h('p', { key: 'place' }, view.placeLine),
    view.notice && h('p', { key: 'notice', className: 'notice notice-danger' }, view.notice),
    view.phone && h('p', { key: 'call' }, h('span', { className: 'call-button' }, `電話する ${view.phone}`)),
  ];
}

function details(h: CreateElement, view: PreviewView): unknown[] {
  const section = (key: string, title: string, ...body: unknown[]) => [h('h2', { key: `${key}-h` }, title), ...body];
  const list = (key: string, items: string[], className?: string) =>
    h('ul', { key, className }, ...items.map((item, i) => h('li', { key: i }, item)));
  return [
    ...section('facts', '基本情報', facts(h, 'facts', view.facts)),
    ...section(
      'hours',
      '受付時間',
      view.hours.length > 0
        ? h(
            'table',
            { key: 'hours', className: 'hours' },
            h(
              'tbody',
              null,
              ...view.hours.map((row) =>
                h('tr', { key: row.label }, h('th', { scope: 'row' }, row.label), h('td', null, row.value)),
              ),
            ),
          )
        : h('p', { key: 'hours' }, '受付時間の情報はありません。お問い合わせください。'),
      view.closures && h('p', { key: 'closures' }, h('strong', null, view.closures)),
      view.hoursNote && h('p', { key: 'note' }, view.hoursNote),
    ),
    ...(view.topics.length > 0 ? section('topics', '相談できること', list('topics', view.topics)) : []),
    ...(view.servesAreas.length > 0
      ? section('areas', '担当地区', list('areas', view.servesAreas, 'inline-list'))
      : []),
    ...(view.paragraphs.length > 0
      ? section(
          'body',
          'くわしい内容',
          h('div', { key: 'body', className: 'body-text' }, ...view.paragraphs.map((p, i) => h('p', { key: i }, p))),
        )
      : []),
    ...(view.referrals.length > 0
      ? section('refers', 'この窓口から、こんな相談先につなぎます', list('refers', view.referrals))
      : []),
    ...section('about', 'この情報について', facts(h, 'about', view.about)),
  ];
}

function facts(h: CreateElement, key: string, rows: { label: string; value: string }[]): unknown {
  return h(
    'dl',
    { key, className: 'facts' },
    ...rows.flatMap((row) => [
      h('dt', { key: `${row.label}-t` }, row.label),
      h('dd', { key: `${row.label}-d` }, row.value),
    ]),
  );
}
