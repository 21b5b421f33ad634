/**
 * Checks on every text a content file carries (front-matter strings and Markdown bodies) for
 * things that have no place in a resident-facing directory and only serve to attack or spoof a
 * page: HTML markup and event handlers, HTML character references, script/data URLs, characters
 * that reverse the text direction or are invisible, control characters, and strings too long to
 * be anything but an attempt to break the layout.
 *
 * The pages escape everything they print and the Markdown is sanitized (that is the second wall);
 * this is the first: a pull request with such text fails `npm run validate` with the line to fix.
 * Raw HTML and unsafe links inside Markdown bodies are markdown-check.ts's job.
 */
import { problem, RULES, type Problem } from './rules.ts';

export type TextProblem = Problem;

/** Characters that change the direction of the text around them (RLO, LRE, RLI …). */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
/** Invisible characters: zero-width space/joiners, LRM/RLM, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD]/;
/** C0/C1 control characters other than tab and line breaks. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** A tag (<b>, </script>, <svg/onload=…>, <!-- … -->, <?…>). */
const HTML_TAG = /<\s*\/?\s*[a-z!?][^<>]*>|<\s*\/?\s*[a-z][a-z0-9-]*(?=[\s/])/i;
/** An attribute that runs script: onload=, onerror=, onclick= … */
const EVENT_HANDLER = /\bon[a-z]+\s*=/i;
/** An HTML character reference: &lt; &amp; &#106; &#x6a; */
const ENTITY = /&(?:#[0-9]+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
/** A character reference that makes markup or a scheme out of plain text in a Markdown body. */
const BODY_ENTITY = /&(?:#[0-9]+|#x[0-9a-f]+|lt|gt|quot|apos|colon|tab|newline);/i;
/** javascript:, vbscript:, data:…/… — also spelled with spaces or control characters inside. */
const SCRIPT_URL = /(?:j\s*a\s*v\s*a|v\s*b)\s*s\s*c\s*r\s*i\s*p\s*t\s*:|\bdata\s*:\s*[a-z]+\s*\/\s*[a-z0-9.+-]+\s*[;,]/i;

/** A word (no space, no punctuation) this long cannot be a Japanese name or note. */
export const LONG_WORD = 200;
/** No front-matter string needs more than this (the body is where descriptions go). */
export const LONG_TEXT = 2000;

/**
 * Control, invisible and direction-changing characters written as their names (<U+0000>), so a
 * message shows them and a terminal never acts on them.
 */
export function nameInvisible(value: string): string {
  return value.replace(/[\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, (ch) => `<U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}

/** The text as it may be shown in a message: invisible characters named, at most 40 characters. */
export function quoteForMessage(value: string): string {
  const named = nameInvisible(value);
  const chars = [...named];
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : named;
}

function longestWord(value: string): string {
  let longest = '';
  for (const word of value.split(/[\s\p{P}\p{S}]+/u)) if (word.length > longest.length) longest = word;
  return longest;
}

/** Keys whose schema already refuses every scheme but http(s) (`url`, `editUrl`): one report is enough. */
const URL_KEY = /(?:^|[a-z])(?:url|Url)$/;

/** Problems in one front-matter string (a name, an address, a note, a URL …). */
export function checkTextValue(value: string, options: { schemeCheckedElsewhere?: boolean } = {}): TextProblem[] {
  const problems: TextProblem[] = [];
  const shown = quoteForMessage(value);
  if (HTML_TAG.test(value) || EVENT_HANDLER.test(value)) {
    problems.push(problem(RULES.textHtml, { shown }));
  }
  if (ENTITY.test(value)) {
    problems.push(problem(RULES.textEntity, { shown }));
  }
  problems.push(...commonChecks(value, shown, !options.schemeCheckedElsewhere));
  // The text ends up in /data/resources.csv, which staff open in Excel: a cell starting with
  // = + @ would run as a formula there (CSV injection).
  if (/^\s*[=+@]/.test(value)) {
    problems.push(problem(RULES.textFormula, { shown }));
  }
  if (value.length > LONG_TEXT) {
    problems.push(problem(RULES.textTooLong, { length: value.length, limit: LONG_TEXT }));
  }
  return problems;
}

/** `scriptUrls`: off for Markdown bodies, where links are markdown-check.ts's and plain text never becomes one. */
function commonChecks(value: string, shown: string, scriptUrls: boolean): TextProblem[] {
  const problems: TextProblem[] = [];
  const compact = value.replace(/[\u0000-\u0020\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/g, '');
  if (scriptUrls && (SCRIPT_URL.test(value) || SCRIPT_URL.test(compact))) {
    problems.push(problem(RULES.textScriptUrl, { shown }));
  }
  if (BIDI_CONTROLS.test(value)) {
    problems.push(problem(RULES.textBidi, { shown }));
  }
  if (INVISIBLE.test(value)) {
    problems.push(problem(RULES.textInvisible, { shown }));
  }
  if (CONTROL.test(value)) {
    problems.push(problem(RULES.textControl, { shown }));
  }
  const word = longestWord(value);
  if (word.length > LONG_WORD) {
    problems.push(problem(RULES.textLongWord, { length: word.length, shown: quoteForMessage(word) }));
  }
  return problems;
}

export interface LocatedTextProblem extends TextProblem {
  /** Path of the value in the front matter, e.g. ['hours', 0, 'note']. */
  path: (string | number)[];
}

/** Every string in a front matter / YAML file, with its path. */
export function checkTextValues(data: unknown, path: (string | number)[] = []): LocatedTextProblem[] {
  if (typeof data === 'string') {
    const key = path.at(-1);
    return checkTextValue(data, { schemeCheckedElsewhere: typeof key === 'string' && URL_KEY.test(key) }).map((problem) => ({ ...problem, path }));
  }
  if (Array.isArray(data)) return data.flatMap((item, index) => checkTextValues(item, [...path, index]));
  if (data && typeof data === 'object') {
    return Object.entries(data as Record<string, unknown>).flatMap(([key, value]) => [
      // A key is text too ("<script>: x" is reported as an unknown key by the schema as well).
      ...(BIDI_CONTROLS.test(key) || HTML_TAG.test(key) ? checkTextValue(key).map((problem) => ({ ...problem, path: [...path, key] })) : []),
      ...checkTextValues(value, [...path, key]),
    ]);
  }
  return [];
}

/** What a body problem's column points at: the offending character, or the line's first text. */
function columnPattern(rule: string): RegExp {
  if (rule === RULES.textBidi.id) return BIDI_CONTROLS;
  if (rule === RULES.textInvisible.id) return INVISIBLE;
  if (rule === RULES.textControl.id) return CONTROL;
  return /\S/;
}

export interface BodyTextProblem extends TextProblem {
  line: number;
  column: number;
}

/**
 * Problems in a Markdown body that markdown-check.ts does not look for (raw HTML and link targets
 * are its job): invisible and direction characters, character references that spell markup
 * or a scheme, control characters, overlong words. `firstLine` is the body's first line in the file.
 */
export function checkBodyText(body: string, firstLine: number): BodyTextProblem[] {
  const problems: BodyTextProblem[] = [];
  body.split('\n').forEach((rawLine, index) => {
    const line = rawLine.replace(/\r$/, '');
    const shown = quoteForMessage(line.trim());
    const at = (pattern: RegExp) => ({ line: firstLine + index, column: (line.search(pattern) + 1) || 1 });
    // Link targets are markdown-check.ts's (it decodes references such as &#106;avascript: first).
    const text = line.replace(/\]\([^)]*\)/g, ']()').replace(/^\s{0,3}\[[^\]]+\]:\s*\S+/, '').replace(/<[a-z][a-z0-9+.-]*:[^\s<>]*>/gi, '');
    if (BODY_ENTITY.test(text)) {
      problems.push({ ...at(BODY_ENTITY), ...problem(RULES.bodyTextEntity, { shown }) });
    }
    for (const found of commonChecks(line, shown, false)) {
      problems.push({ ...at(columnPattern(found.rule)), ...found, message: `本文: ${found.message}` });
    }
  });
  return problems;
}
