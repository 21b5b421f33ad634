/**
 * npm run new -- resource|window|network|area|organization <id> [--folder <sub-folder>] [--dir <content>]
 * Writes a new content file with every field of its schema, each with a Japanese comment
 * (the schema's title, whether it is required, the allowed values). Required fields are left
 * empty, so `npm run validate` points at each one until it is filled in. Refuses an id that
 * breaks the id rule or already exists in the collection.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { z } from 'astro/zod';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { loadContent, type LoadedContent } from '../src/lib/content/load.ts';
import {
  CONTENT_FILES,
  COLLECTION_FILE_LABELS,
  describe,
  editorSchema,
  idsOf,
  type ContentFile,
  type JsonSchema,
} from '../src/lib/editing/editor-schema.ts';
import { ID_PATTERN, type CollectionName } from '../src/schemas/index.ts';

export const KINDS = ['resource', 'window', 'network', 'area', 'organization'] as const;
export type Kind = (typeof KINDS)[number];

const KIND_LABELS: Record<Kind, string> = {
  resource: '資源（サービス・場所）',
  window: '相談窓口',
  network: '会議体・ネットワーク',
  area: '地域',
  organization: '組織',
};

function contentFileOf(kind: Kind): ContentFile {
  const name = kind === 'window' ? 'resource' : kind;
  return CONTENT_FILES.find((file) => file.name === name)!;
}

type Ids = Partial<Record<CollectionName, { id: string; name?: string }[]>>;

export interface ScaffoldContext {
  /** Existing ids (with names), shown as examples for references. */
  ids?: Ids;
  /** Ids of the categories whose kind is `window` (相談窓口). */
  windowCategories?: string[];
  /** Entries as written in this collection, to find fields the schema requires only in combination. */
  samples?: Record<string, unknown>[];
}

/**
 * Optional fields that the schema still demands in practice (e.g. a resource's address and
 * location unless `online: true`): strip the optional fields from real entries and see which
 * ones the schema then asks for.
 */
export function conditionallyRequired(
  schema: z.ZodType,
  json: JsonSchema,
  samples: readonly Record<string, unknown>[],
): string[] {
  const required = new Set(json.required ?? []);
  const optional = Object.keys(json.properties ?? {}).filter((key) => !required.has(key));
  const found = new Set<string>();
  for (const sample of samples.slice(0, 30)) {
    const stripped = Object.fromEntries(Object.entries(sample).filter(([key]) => required.has(key)));
    const result = schema.safeParse(stripped);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? '');
      if (optional.includes(key)) found.add(key);
    }
  }
  return [...found];
}

function examplesFor(node: JsonSchema, context: ScaffoldContext, kind: Kind, key: string): string {
  const target = node['x-collection'];
  if (!target || Array.isArray(target)) return '';
  let list = context.ids?.[target] ?? [];
  if (target === 'categories' && key === 'category' && context.windowCategories) {
    const windows = new Set(context.windowCategories);
    list = list.filter((entry) => (kind === 'window' ? windows.has(entry.id) : !windows.has(entry.id)));
  }
  if (list.length === 0) return '';
  const shown = list.slice(0, 6).map((entry) => (entry.name ? `${entry.id}（${entry.name}）` : entry.id));
  return `。例: ${shown.join(', ')}${list.length > shown.length ? ' など' : ''}`;
}

function itemNode(node: JsonSchema): JsonSchema | undefined {
  return Array.isArray(node.items) ? node.items[0] : node.items;
}

/** One-line Japanese note for a field: title, required or not, allowed values. */
function note(node: JsonSchema, required: boolean, context: ScaffoldContext, kind: Kind, key: string): string {
  const title = node.title ?? key;
  const hint = describe(node);
  const item = node.type === 'array' ? itemNode(node) : undefined;
  const examples = examplesFor(node, context, kind, key) || (item ? examplesFor(item, context, kind, key) : '');
  const shape = node.oneOf ? '。GeoJSON の形で書きます' : '';
  return `${title}（${required ? '必須' : '省略可'}）${hint ? `: ${hint}` : ''}${examples}${shape}`;
}

/** A placeholder that does not pass validation until staff replace it (or a shown default). */
function placeholder(node: JsonSchema): string {
  if (node.default !== undefined) return JSON.stringify(node.default).replace(/,/g, ', ');
  const types = Array.isArray(node.type) ? node.type : [node.type];
  if (node.type === 'array') return '[]';
  if (types.includes('string') || node.enum) return '""';
  if (node.type === 'boolean') return 'false';
  return '';
}

/** The value lines of a field; nested fields get their note at the end of their line. */
function fieldLines(
  key: string,
  node: JsonSchema,
  required: boolean,
  context: ScaffoldContext,
  kind: Kind,
  nested: boolean,
): string[] {
  const trailing = nested ? `  # ${note(node, required, context, kind, key)}` : '';
  if (node.type === 'object' && node.properties) {
    return [`${key}:${trailing}`, ...objectLines(node, context, kind).map((line) => `  ${line}`)];
  }
  const item = node.type === 'array' ? itemNode(node) : undefined;
  if (item && !Array.isArray(node.items) && item.type === 'object' && item.properties) {
    const inner = objectLines(item, context, kind);
    return [`${key}:${trailing}`, `  - ${inner[0]}`, ...inner.slice(1).map((line) => `    ${line}`)];
  }
  const value = node.oneOf ? '' : placeholder(node);
  return [`${key}:${value ? ` ${value}` : ''}${trailing}`];
}

function objectLines(node: JsonSchema, context: ScaffoldContext, kind: Kind): string[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) =>
    fieldLines(key, child, required.has(key) && child.default === undefined, context, kind, true),
  );
}

/** The text of a new file for `kind`, every field present and commented in Japanese. */
export function scaffold(kind: Kind, context: ScaffoldContext = {}): string {
  const file = contentFileOf(kind);
  const json = editorSchema(file.schema);
  const required = new Set((json.required ?? []).filter((key) => json.properties?.[key]?.default === undefined));
  const active = new Set([...required, ...conditionallyRequired(file.schema, json, context.samples ?? [])]);
  // Rules of the validator that no single schema shows: a window must say what it handles and
  // whom it serves; every area but the one 市区町村 has a parent.
  const byRule: Partial<Record<Kind, string[]>> = { window: ['topics', 'servesAreas'], area: ['parent'] };
  for (const key of byRule[kind] ?? []) if (json.properties?.[key]) active.add(key);

  const lines = [
    `# ${KIND_LABELS[kind]}（npm run new で作成）`,
    '# 「（必須）」の項目を書いてください。「（省略可）」の項目は、使うときに行頭の「# 」を消して書きます。',
    '# 書き終えたら npm run validate で確かめてください。',
    '',
  ];
  for (const [key, node] of Object.entries(json.properties ?? {})) {
    const isActive = active.has(key);
    lines.push(`# ${note(node, isActive, context, kind, key)}`);
    const body = fieldLines(key, node, isActive, context, kind, false);
    lines.push(...(isActive ? body : body.map((line) => `# ${line}`)));
  }
  if (!file.markdown) return `${lines.join('\n')}\n`;
  return `---\n${lines.join('\n')}\n# 説明（本文）は、下の --- の次の行から Markdown で書きます（省略可）。\n---\n`;
}

async function existingIds(folder: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  let entries;
  try {
    entries = await readdir(folder, { recursive: true, withFileTypes: true });
  } catch {
    return ids;
  }
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.startsWith('.')) continue;
    ids.set(entry.name.replace(/\.[^.]+$/, ''), path.join(entry.parentPath, entry.name));
  }
  return ids;
}

export interface NewFileResult {
  ok: boolean;
  message: string;
  file?: string;
}

/** Checks the id, writes the file; never overwrites. */
export async function createEntry(
  kind: Kind,
  id: string,
  options: { dir: string; folder?: string; loaded?: LoadedContent },
): Promise<NewFileResult> {
  if (!ID_PATTERN.test(id)) {
    return {
      ok: false,
      message: `id「${id}」は使えません。半角英小文字・数字・ハイフンで、英小文字か数字で始めてください（例: sakura-day）`,
    };
  }
  const file = contentFileOf(kind);
  const collectionDir = path.join(options.dir, file.folder!);
  const existing = (await existingIds(collectionDir)).get(id);
  if (existing) {
    return {
      ok: false,
      message: `id「${id}」はもうあります: ${path.relative(process.cwd(), existing)}。別の id にしてください`,
    };
  }
  if (options.folder && (!file.nested || options.folder.split('/').some((part) => !ID_PATTERN.test(part)))) {
    return {
      ok: false,
      message: `--folder「${options.folder}」は使えません（resources と networks の下だけ、半角英小文字・数字・ハイフンのフォルダ名）`,
    };
  }
  const loaded = options.loaded ?? (await loadContent(options.dir));
  const ids = idsOf({
    categories: loaded.categories,
    topics: loaded.topics,
    areas: loaded.areas,
    organizations: loaded.organizations,
    resources: loaded.resources,
    networks: loaded.networks,
  });
  const collection = file.folder as 'areas' | 'organizations' | 'resources' | 'networks';
  const text = scaffold(kind, {
    ids,
    windowCategories: loaded.categories.filter((category) => category.kind === 'window').map((category) => category.id),
    samples: loaded[collection].map((entry) => entry.raw),
  });
  const target = path.join(collectionDir, options.folder ?? '', `${id}.${file.extension}`);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, text, { flag: 'wx' });
  const where = path.relative(process.cwd(), target) || target;
  return {
    ok: true,
    file: target,
    message: `${where} を作りました（${COLLECTION_FILE_LABELS[collection]}）。「（必須）」の項目を書いてから npm run validate で確かめてください。`,
  };
}

if (import.meta.main) {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { dir: { type: 'string' }, folder: { type: 'string' } } });
  } catch {
    parsed = undefined; // e.g. an id starting with "-": answered by the usage below
  }
  const { values, positionals } = parsed ?? {
    values: {} as { dir?: string; folder?: string },
    positionals: [] as string[],
  };
  const [kind, id] = positionals;
  if (!KINDS.includes(kind as Kind) || !id || positionals.length !== 2) {
    console.error(
      `使い方: npm run new -- <種類> <id> [--folder <サブフォルダ>]\n  種類: ${KINDS.map((k) => `${k}（${KIND_LABELS[k]}）`).join(', ')}\n  例: npm run new -- window kita-houkatsu --folder windows`,
    );
    process.exit(2);
  }
  const result = await createEntry(kind as Kind, id, { dir: values.dir ?? contentDir(), folder: values.folder });
  (result.ok ? console.log : console.error)(result.message);
  process.exit(result.ok ? 0 : 1);
}
