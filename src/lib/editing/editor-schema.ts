/**
 * JSON Schemas for the files staff write, generated from the Zod schemas in src/schemas/.
 * They drive editor autocompletion (VS Code / github.dev with the YAML extension), the CMS
 * field list (cms-config.ts) and the `npm run new` scaffolds, so none of them restates a field.
 *
 * We describe the INPUT side (what staff type, before normalization): a transform such as
 * kana's katakana → hiragana has no JSON Schema, and its input is the plain string staff write.
 */
import { z } from 'astro/zod';
import * as schemas from '../../schemas/index.ts';
import type { CollectionName } from '../../schemas/index.ts';

/** A JSON Schema node as produced by Zod (draft-07), plus our own `x-` keywords. */
export interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema | JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  examples?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  /** The collection a reference points to (from the schemas' `.meta({ ref })`). */
  'x-collection'?: CollectionName | CollectionName[];
  /** Japanese labels of enum values, when the schema module exports them. */
  'x-enum-labels'?: Record<string, string>;
  [key: string]: unknown;
}

/** One kind of file in the content folder and the schema that describes it. */
export interface ContentFile {
  /** Short name, used for the schema file (`resource.schema.json`) and the CMS collection. */
  name: string;
  schema: z.ZodType;
  /** A single file (site.yaml …) or a folder of one-entry files. */
  file?: string;
  folder?: CollectionName;
  extension: 'yaml' | 'md';
  /** Markdown with front matter: the body is the description. */
  markdown: boolean;
  /** Sub-folders allowed (for the editors' order only). */
  nested: boolean;
}

/** The content folder's layout (content contract v1). Fields come from the schemas, never from here. */
export const CONTENT_FILES: readonly ContentFile[] = [
  { name: 'site', schema: schemas.siteSchema, file: 'site.yaml', extension: 'yaml', markdown: false, nested: false },
  {
    name: 'categories',
    schema: schemas.categoriesSchema,
    file: 'categories.yaml',
    extension: 'yaml',
    markdown: false,
    nested: false,
  },
  {
    name: 'topics',
    schema: schemas.topicsSchema,
    file: 'topics.yaml',
    extension: 'yaml',
    markdown: false,
    nested: false,
  },
  { name: 'area', schema: schemas.areaSchema, folder: 'areas', extension: 'yaml', markdown: false, nested: false },
  {
    name: 'organization',
    schema: schemas.organizationSchema,
    folder: 'organizations',
    extension: 'yaml',
    markdown: false,
    nested: false,
  },
  {
    name: 'resource',
    schema: schemas.resourceSchema,
    folder: 'resources',
    extension: 'md',
    markdown: true,
    nested: true,
  },
  { name: 'network', schema: schemas.networkSchema, folder: 'networks', extension: 'md', markdown: true, nested: true },
];

export const COLLECTION_FILE_LABELS: Record<CollectionName, string> = {
  areas: '地域（areas フォルダ）',
  organizations: '組織（organizations フォルダ）',
  resources: '資源（resources フォルダ）',
  networks: '会議体（networks フォルダ）',
  categories: '種別（categories.yaml）',
  topics: '相談内容（topics.yaml）',
};

/**
 * Japanese labels for an enum's values: the `*_LABELS` record exported by src/schemas whose keys
 * are exactly these values (so a new enum with labels is picked up without a list here).
 */
export function enumLabels(
  values: readonly unknown[],
  modules: Record<string, unknown> = schemas,
): Record<string, string> | undefined {
  const wanted = [...values].map(String).sort().join('\u0000');
  for (const [name, value] of Object.entries(modules)) {
    if (!name.endsWith('_LABELS') || !value || typeof value !== 'object') continue;
    if (Object.keys(value).sort().join('\u0000') === wanted) return value as Record<string, string>;
  }
  return undefined;
}

export interface EditorSchemaOptions {
  /** Existing ids per collection (with their names), offered as completions for references. */
  ids?: Partial<Record<CollectionName, { id: string; name?: string }[]>>;
  /** Label records to look enum labels up in (tests pass their own). */
  labelModules?: Record<string, unknown>;
}

/** The JSON Schema (draft-07) of one content file, with Japanese descriptions. */
export function editorSchema(schema: z.ZodType, options: EditorSchemaOptions = {}): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-07',
    // A refine/transform has no JSON Schema; the validator still checks it.
    unrepresentable: 'any',
  }) as JsonSchema;
  decorate(json, options);
  return json;
}

function decorate(node: JsonSchema, options: EditorSchemaOptions): void {
  if ('ref' in node) {
    // `ref` is our meta keyword; renamed so no JSON Schema tool mistakes it for `$ref`.
    node['x-collection'] = node.ref as CollectionName | CollectionName[];
    delete node.ref;
  }
  if (node.enum) {
    const labels = enumLabels(node.enum, options.labelModules);
    if (labels) node['x-enum-labels'] = labels;
  }
  const ids =
    node['x-collection'] && !Array.isArray(node['x-collection']) ? options.ids?.[node['x-collection']] : undefined;
  if (ids?.length) node.examples = ids.map((entry) => entry.id);
  if (node.title && node.description === undefined) {
    const hint = describe(node);
    node.description = hint ? `${node.title}。${hint}` : node.title;
  }
  for (const child of Object.values(node.properties ?? {})) decorate(child, options);
  if (Array.isArray(node.items)) node.items.forEach((item) => decorate(item, options));
  else if (node.items) decorate(node.items, options);
  for (const option of [...(node.oneOf ?? []), ...(node.anyOf ?? [])]) decorate(option, options);
}

/** A short Japanese hint derived from the schema node: allowed values, format, reference target. */
export function describe(node: JsonSchema): string {
  const parts: string[] = [];
  const labels = node['x-enum-labels'];
  if (node.enum) {
    parts.push(
      `${node.enum.map((value) => (labels?.[String(value)] ? `${value}（${labels[String(value)]}）` : String(value))).join(', ')} のどれか`,
    );
  }
  const target = node['x-collection'];
  if (target) {
    const targets = Array.isArray(target) ? target : [target];
    parts.push(`${targets.map((name) => COLLECTION_FILE_LABELS[name]).join(' または ')}にある id`);
  }
  if (node.pattern === '^\\d{4}-\\d{2}-\\d{2}$') parts.push('YYYY-MM-DD の形（例: 2026-04-01）');
  else if (node.pattern === '^\\d{4}-\\d{2}(-\\d{2})?$') parts.push('YYYY-MM または YYYY-MM-DD の形（例: 2026-07）');
  const items = !Array.isArray(node.items) ? node.items : undefined;
  if (node.type === 'array' && items) {
    const inner = describe(items);
    if (inner) parts.push(`一覧で書きます（各項目は ${inner}）`);
  }
  if (node.default !== undefined) parts.push(`書かなければ ${JSON.stringify(node.default)}`);
  return parts.join('。');
}

type Named = { id: string; name?: string; data?: { name?: string } };

/** Existing ids per collection, from loaded content entries or the site model's views. */
export function idsOf(content: Record<CollectionName, readonly Named[]>): NonNullable<EditorSchemaOptions['ids']> {
  const ids: NonNullable<EditorSchemaOptions['ids']> = {};
  for (const [collection, list] of Object.entries(content) as [CollectionName, readonly Named[]][]) {
    ids[collection] = list.map((entry) => ({ id: entry.id, name: entry.name ?? entry.data?.name }));
  }
  return ids;
}

/** File name of a content file's schema, e.g. `resource.schema.json`. */
export const schemaFileName = (file: ContentFile) => `${file.name}.schema.json`;

/** Glob (relative to the repository) of the files a schema applies to. */
export function contentGlob(file: ContentFile, contentPath = 'content'): string {
  if (file.file) return `${contentPath}/${file.file}`;
  return `${contentPath}/${file.folder}/${file.nested ? '**/' : ''}*.${file.extension}`;
}

const VSCODE_SCHEMA_DIR = '.vscode/schemas';

/**
 * The files `npm run schemas` writes for VS Code and github.dev: one JSON Schema per YAML file
 * kind under .vscode/schemas/, and `yaml.schemas` in .vscode/settings.json mapping content globs
 * to them. Markdown front matter is not read by the YAML extension, so resource/network schemas
 * are written (for other tools and the CMS) but not mapped.
 */
export function vscodeFiles(existingSettings: Record<string, unknown> = {}): Map<string, string> {
  const files = new Map<string, string>();
  const mapping: Record<string, string[]> = {};
  for (const file of CONTENT_FILES) {
    const target = `${VSCODE_SCHEMA_DIR}/${schemaFileName(file)}`;
    files.set(target, `${JSON.stringify(editorSchema(file.schema), null, 2)}\n`);
    if (file.extension === 'yaml') {
      const glob = contentGlob(file);
      // The loader also reads .yml in the entry folders.
      mapping[`./${target}`] = file.folder ? [glob, glob.replace(/\.yaml$/, '.yml')] : [glob];
    }
  }
  const settings = { ...existingSettings, 'yaml.schemas': mapping };
  files.set('.vscode/settings.json', `${JSON.stringify(settings, null, 2)}\n`);
  files.set('.vscode/extensions.json', `${JSON.stringify({ recommendations: ['redhat.vscode-yaml'] }, null, 2)}\n`);
  return files;
}
