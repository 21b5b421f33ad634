/**
 * The built-in interface languages: one catalogue each, Japanese the source. A site may list in
 * site.yaml's `languages:` only tags that have a catalogue here (the validator says so otherwise).
 * To add a language: write src/lib/i18n/messages/<tag>.ts typed as `Messages` and add it below.
 */
import { ja, type Messages } from './messages/ja.ts';
import { en } from './messages/en.ts';
import { jaEasy } from './messages/ja-x-easy.ts';
import { zhHans } from './messages/zh-Hans.ts';
import { ko } from './messages/ko.ts';
import { vi } from './messages/vi.ts';
import { pt } from './messages/pt.ts';

/** Japanese, the site's own language, at the root of the site. */
export const SOURCE_LANGUAGE = 'ja';

const CATALOGUES: Record<string, Messages> = { ja, 'ja-x-easy': jaEasy, en, 'zh-Hans': zhHans, ko, vi, pt };

/** The tags a site may list in `languages:`, in the order of this list. */
export const BUILT_IN_LANGUAGES: readonly string[] = Object.keys(CATALOGUES).filter((tag) => tag !== SOURCE_LANGUAGE);

export function hasCatalogue(tag: string): boolean {
  return Object.hasOwn(CATALOGUES, tag);
}

/** The interface text of a language (Japanese for a tag with no catalogue, which validation refuses). */
export function messages(tag: string): Messages {
  return hasCatalogue(tag) ? CATALOGUES[tag] : ja;
}

/** Short for `messages`: `t(lang).finder.title`. */
export const t = messages;
