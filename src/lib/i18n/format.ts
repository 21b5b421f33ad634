/**
 * Filling a catalogue's sentence with the values of one page: `{name}` placeholders, counts with
 * the language's plural forms, numbers and dates by Intl. The catalogues hold only text; every
 * sentence that needs a value goes through here, so the placeholders a test checks are the ones used.
 */

/** A sentence that changes with a count: Intl.PluralRules categories; `other` is always there. */
export interface PluralForms {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export type Values = Record<string, string | number>;

/** The Intl locale of a site language: やさしい日本語 counts and writes dates like Japanese. */
export function intlLocale(tag: string): string {
  return tag === 'ja-x-easy' ? 'ja' : tag;
}

/** 'こんにちは {name}' + { name: '緑町' } → 'こんにちは 緑町'; an unknown placeholder stays as written. */
export function fill(template: string, values: Values = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** The placeholders a sentence uses, sorted: what every translation of it must use too. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The form for `count` in the language (`{count}` is the plain number, as the Japanese pages print it). */
export function plural(tag: string, forms: PluralForms, count: number, values: Values = {}): string {
  const locale = intlLocale(tag);
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const form = forms[rules.select(count) as keyof PluralForms] ?? forms.other;
  return fill(form, { ...values, count });
}

/** 12345 → 「12,345」 (en, ja), 「12.345」 (pt, vi). */
export function formatCount(tag: string, count: number): string {
  return new Intl.NumberFormat(intlLocale(tag)).format(count);
}

/** "2026-12-02" → 「2026年12月2日」, "December 2, 2026", … (the date as it is, no time zone shift). */
export function formatDate(tag: string, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return new Intl.DateTimeFormat(intlLocale(tag), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A piece of a filled sentence: `lang` is set on a value shown in another language than the page's. */
export interface SentencePart {
  text: string;
  lang?: string;
}

/** Like `fill`, in pieces, so that a value in another language can be marked up on its own. */
export function fillParts(
  template: string,
  values: Record<string, string | number | { text: string; lang?: string }>,
): SentencePart[] {
  const parts: SentencePart[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const value = values[match[1]];
    if (value === undefined) continue;
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    parts.push(typeof value === 'object' ? { ...value } : { text: String(value) });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}
