/**
 * Values that come from the mapping file rather than the converter's own rules: `defaults:` (one
 * value every row shares, used where the row has none) and columns mapped to a front-matter
 * field the converter has no rule for (`area`, `costNote` …), set as written when the schema
 * takes them and otherwise left out with a note — never a wrong value in a file.
 */
import { findReferences, metaOf } from '../content/schema-walk.ts';
import { FIELD_OF_TARGET, schemaOfTarget, targetOf, targetValueProblem } from './targets.ts';
import type { RowValues } from './layouts.ts';

export interface Default {
  target: string;
  value: unknown;
}

const TRUE_WORDS = new Set(['true', 'はい', '○', '〇', '有', 'あり', '要', 'yes', '1']);
const FALSE_WORDS = new Set(['false', 'いいえ', '×', '無', 'なし', '不要', 'no', '0']);

function getAt(data: Record<string, unknown>, path: string[]): unknown {
  let here: unknown = data;
  for (const segment of path)
    here = here && typeof here === 'object' ? (here as Record<string, unknown>)[segment] : undefined;
  return here;
}

function setAt(data: Record<string, unknown>, path: string[], value: unknown): void {
  let here = data;
  for (const segment of path.slice(0, -1)) {
    if (!here[segment] || typeof here[segment] !== 'object') here[segment] = {};
    here = here[segment] as Record<string, unknown>;
  }
  here[path.at(-1)!] = value;
}

/** Defaults of the import-only targets (hoursDays …) become the row's text where its cell is empty. */
export function withTextDefaults(values: RowValues, defaults: readonly Default[]): RowValues {
  const filled: RowValues = { ...values };
  for (const { target, value } of defaults) {
    const field = FIELD_OF_TARGET[target];
    if (targetOf(target)?.importOnly && field && filled[field] === undefined) filled[field] = String(value);
  }
  return filled;
}

/** Schema-valued defaults where the row has nothing at that path (category is decided earlier). */
export function applyDefaults(data: Record<string, unknown>, defaults: readonly Default[]): void {
  for (const { target, value } of defaults) {
    if (target === 'category' || targetOf(target)?.importOnly) continue;
    const path = target.split('.');
    if (getAt(data, path) === undefined) setAt(data, path, structuredClone(value));
  }
  const capacity = data.capacity as Record<string, unknown> | undefined;
  if (capacity && capacity.asOf === undefined) capacity.asOf = data.verifiedAt;
}

/** A cell's text as the field's kind of value, or undefined when it is not one. */
function coerce(text: string, kind: string | undefined): unknown {
  const plain = text.normalize('NFKC').trim();
  if (kind === 'number') {
    const value = Number(plain.replace(/,/g, ''));
    return plain !== '' && Number.isFinite(value) ? value : undefined;
  }
  if (kind === 'boolean')
    return TRUE_WORDS.has(plain.toLowerCase()) ? true : FALSE_WORDS.has(plain.toLowerCase()) ? false : undefined;
  if (kind === 'list')
    return text
      .split(/[;；、,，]/)
      .map((part) => part.trim())
      .filter(Boolean);
  return text;
}

/** Whether the content folder has an entry: a reference to nothing would fail the validation after --write. */
export type Knows = (collection: string, id: string) => boolean;

/** Cells mapped to a field without a rule of its own: set when the field's schema takes them. */
export function setOtherPaths(
  data: Record<string, unknown>,
  other: Record<string, string> | undefined,
  { notes, knows }: { notes: string[]; knows: Knows },
): void {
  for (const [target, text] of Object.entries(other ?? {})) {
    const schema = schemaOfTarget(target);
    if (!schema) continue;
    const title = metaOf(schema).title ?? target;
    const kind = targetOf(target)?.kind;
    const value = coerce(text, kind);
    const unread = kind === 'number' ? '数として読めません' : 'true（はい）か false（いいえ）として読めません';
    const problem = value === undefined ? unread : targetValueProblem(target, value);
    const missing = problem
      ? undefined
      : findReferences(schema, value).find((site) => ![site.target].flat().some((where) => knows(where, site.value)));
    if (!problem && !missing) {
      setAt(data, target.split('.'), value);
      continue;
    }
    const why = missing ? `「${missing.value}」がありません` : problem;
    notes.push(`${title}（${target}）の「${text}」は取り込んでいません: ${why}`);
  }
}
