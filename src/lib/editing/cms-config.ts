/**
 * The Decap CMS configuration (served as /admin/config.yml), generated from the same JSON
 * Schemas as the editor help, which come from the Zod schemas: a field added to a schema shows
 * up in the CMS at the next build, with its Japanese title as the label.
 *
 * Decap CMS rather than Sveltia CMS: measured in docs/publishing.md 「編集画面（CMS）」 (Sveltia
 * fetches its Japanese strings and parts of its code from a CDN at run time and has no local
 * backend a test can drive; Decap runs wholly from our origin and has decap-server).
 *
 * Files are read and written with our own formats (cms-format.ts), which keep a file's text and
 * change only the edited values; the page registers them before the CMS starts.
 */
import type { CollectionName } from '../../schemas/index.ts';
import { CMS_FORMATS } from './cms-format.ts';
import { CONTENT_FILES, describe, editorSchema, type ContentFile, type JsonSchema } from './editor-schema.ts';

/** A Decap CMS field (only the keys we use). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  options?: { label: string; value: string }[];
  multiple?: boolean;
  fields?: CmsField[];
  field?: CmsField;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  pattern?: [string, string];
  buttons?: string[];
  editor_components?: string[];
  collapsed?: boolean;
}

export interface CmsBackend {
  /** owner/name of the GitHub repository that holds content/. */
  repo: string;
  branch: string;
  /** The OAuth client (proxy) that signs staff in to GitHub; Decap's default is Netlify's. */
  baseUrl?: string;
  authEndpoint?: string;
}

export interface CmsChoices {
  categories?: { id: string; name: string }[];
  topics?: { id: string; name: string }[];
}

export interface CmsConfigOptions {
  backend: CmsBackend;
  /** Path of the content folder inside the repository ('' when the backend's root is the folder itself). */
  contentPath?: string;
  /**
   * `npm run cms`: the page on this machine talks to decap-server (the local backend) instead of
   * GitHub, and saves go straight into the content folder.
   */
  local?: boolean;
  /** The public site, for Decap's links back to it. */
  siteUrl?: string;
  /** Categories and topics live in list files Decap cannot point a relation at; offered as choices. */
  choices?: CmsChoices;
  /** Content files to configure; defaults to the content contract's (tests pass extended schemas). */
  files?: readonly ContentFile[];
}

/** Something the CMS cannot edit, and why; preserved in the file as written. */
export interface CmsOmission {
  collection: string;
  field: string;
  reason: string;
}

export interface CmsConfig {
  config: Record<string, unknown>;
  omitted: CmsOmission[];
}

/** Folder collections, for relation widgets: collection name → CMS collection name. */
const RELATION_TARGETS: Partial<Record<CollectionName, string>> = {
  areas: 'areas',
  organizations: 'organizations',
  resources: 'resources',
  networks: 'networks',
};

const COLLECTION_LABELS: Record<string, { label: string; singular: string }> = {
  site: { label: 'サイト設定', singular: 'サイト設定' },
  area: { label: '地域', singular: '地域' },
  organization: { label: '組織', singular: '組織' },
  resource: { label: '資源（窓口・サービス・場所）', singular: '資源' },
  network: { label: '会議体・ネットワーク', singular: '会議体' },
};

/** Reads the deployer's settings from environment variables (see docs/publishing.md). */
export function cmsBackendFromEnv(env: Record<string, string | undefined>): CmsBackend | undefined {
  const repo = env.CMS_REPO?.trim();
  if (!repo) return undefined;
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo))
    throw new Error(`CMS_REPO は「所有者/リポジトリ名」の形で書いてください（指定: ${repo}）`);
  const baseUrl = env.CMS_AUTH_URL?.trim() || undefined;
  if (baseUrl && !/^https:\/\//.test(baseUrl))
    throw new Error(`CMS_AUTH_URL は https:// で始まる URL で書いてください（指定: ${baseUrl}）`);
  return {
    repo,
    branch: env.CMS_BRANCH?.trim() || 'main',
    baseUrl,
    authEndpoint: env.CMS_AUTH_ENDPOINT?.trim() || undefined,
  };
}

/**
 * `npm run cms` (scripts/cms.ts) sets CMS_LOCAL_BACKEND=1 for the dev server it starts: /admin/
 * then edits the content folder on this machine through decap-server, with no GitHub at all.
 */
export function cmsLocalFromEnv(env: Record<string, string | undefined>): boolean {
  return env.CMS_LOCAL_BACKEND === '1';
}

/** Whether /admin/ runs the CMS at all (and the build publishes its code). */
export function cmsEnabled(env: Record<string, string | undefined>): boolean {
  return cmsLocalFromEnv(env) || cmsBackendFromEnv(env) !== undefined;
}

/** The whole Decap CMS config. */
export function cmsConfig(options: CmsConfigOptions): CmsConfig {
  const contentPath = (options.contentPath ?? 'content').replace(/\/+$/, '');
  const inContent = (name: string) => (contentPath ? `${contentPath}/${name}` : name);
  const omitted: CmsOmission[] = [];
  const collections: Record<string, unknown>[] = [];
  const settingsFiles: Record<string, unknown>[] = [];

  for (const file of options.files ?? CONTENT_FILES) {
    const json = editorSchema(file.schema);
    if (json.type !== 'object' || !json.properties) {
      // categories.yaml / topics.yaml are lists at the top level; Decap only edits key/value files.
      omitted.push({
        collection: file.name,
        field: '',
        reason: 'ファイル全体が一覧（- で始まる行）のため、CMS では編集できません。リポジトリで直接編集してください',
      });
      continue;
    }
    const fields = objectFields(json, file.name, '', options.choices ?? {}, omitted);
    const labels = COLLECTION_LABELS[file.name] ?? {
      label: json.title ?? file.name,
      singular: json.title ?? file.name,
    };
    if (file.file) {
      settingsFiles.push({ name: file.name, label: labels.label, file: inContent(file.file), fields });
      continue;
    }
    if (file.markdown) {
      fields.push({
        name: 'body',
        label: '説明（本文）',
        widget: 'markdown',
        required: false,
        hint: '見出し・箇条書き・リンク（https:// / mailto: / tel:）が使えます。HTML と画像は使えません',
        // No images or raw HTML: the validator refuses them in bodies.
        buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'],
        editor_components: [],
      });
    }
    collections.push({
      name: file.folder,
      label: labels.label,
      label_singular: labels.singular,
      folder: inContent(file.folder!),
      extension: file.extension,
      format: file.markdown ? CMS_FORMATS.frontMatter : CMS_FORMATS.yaml,
      create: true,
      // Ids are file names and must be ASCII; staff write Japanese names, so a new entry gets a
      // date-time id (valid under the id rule). `npm run new` lets developers choose one.
      slug: '{{year}}{{month}}{{day}}-{{hour}}{{minute}}{{second}}',
      identifier_field: 'name',
      summary: '{{name}}',
      sortable_fields: ['name', 'kana', ...(json.properties.verifiedAt ? ['verifiedAt'] : [])],
      ...(file.nested ? { nested: { depth: 5, subfolders: false } } : {}),
      // The preview draws a resource like its page on the site (src/scripts/editing/resource-preview.ts).
      editor: { preview: file.name === 'resource' },
      fields,
    });
  }
  if (settingsFiles.length > 0) {
    collections.unshift({
      name: 'settings',
      label: 'サイト設定',
      format: CMS_FORMATS.yaml,
      editor: { preview: false },
      files: settingsFiles,
    });
  }

  const backend: Record<string, unknown> = {
    name: 'github',
    repo: options.backend.repo,
    branch: options.backend.branch,
    commit_messages: {
      create: '{{collection}}「{{slug}}」を追加',
      update: '{{collection}}「{{slug}}」を更新',
      delete: '{{collection}}「{{slug}}」を削除',
    },
  };
  if (options.backend.baseUrl) backend.base_url = options.backend.baseUrl;
  if (options.backend.authEndpoint) backend.auth_endpoint = options.backend.authEndpoint;

  const config: Record<string, unknown> = {
    backend,
    // The page gives the local backend's address (same origin, see scripts/cms.ts) when it starts the CMS.
    ...(options.local ? { local_backend: true } : {}),
    // Every save becomes a branch and a pull request; CI validates it before anyone merges.
    publish_mode: 'editorial_workflow',
    locale: 'ja',
    // An emptied optional field would be written as '' and fail validation; leave it out instead.
    omit_empty_optional_fields: true,
    // Decap requires a media folder; bodies cannot show images, so nothing is meant to land here.
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    collections,
  };
  return { config, omitted };
}

/** Widgets whose value is picked, not typed. */
const CHOSEN_WIDGETS = new Set(['select', 'relation', 'datetime', 'boolean']);

function objectFields(
  json: JsonSchema,
  collection: string,
  prefix: string,
  choices: CmsChoices,
  omitted: CmsOmission[],
): CmsField[] {
  const required = new Set(json.required ?? []);
  const fields: CmsField[] = [];
  for (const [name, node] of Object.entries(json.properties ?? {})) {
    const field = cmsField(name, node, collection, `${prefix}${name}`, choices, omitted);
    if (!field) continue;
    field.required = required.has(name) && node.default === undefined;
    if (!field.required && field.widget === 'object') optionalInside(field);
    fields.push(field);
  }
  return fields;
}

/**
 * Inside an optional group (定員・空き, 位置) nothing is required by the form: Decap would demand
 * capacity.asOf on every new entry, even one with no capacity at all. The validator still
 * requires asOf once a capacity is written, and `npm run cms` / the pull request's check say so.
 */
function optionalInside(field: CmsField): void {
  for (const child of field.fields ?? []) {
    child.required = false;
    if (child.widget === 'object') optionalInside(child);
  }
}

function cmsField(
  name: string,
  node: JsonSchema,
  collection: string,
  path: string,
  choices: CmsChoices,
  omitted: CmsOmission[],
): CmsField | undefined {
  const label = node.title ?? name;
  const base = { name, label } as const;
  const hint = describe(node) || undefined;
  const withHint = (field: CmsField): CmsField => {
    // A picker, a list of choices or a date picker shows what may be chosen; the hint is for typed text.
    if (hint && field.hint === undefined && !CHOSEN_WIDGETS.has(field.widget)) field.hint = hint;
    if (node.default !== undefined) field.default = node.default;
    return field;
  };

  const reference = referenceField(node, choices);
  if (reference) return withHint({ ...base, ...reference });
  if (node.enum) return withHint({ ...base, widget: 'select', options: enumOptions(node) });

  const types = Array.isArray(node.type) ? node.type : node.type ? [node.type] : [];
  if (types.length === 1 && types[0] === 'boolean') return withHint({ ...base, widget: 'boolean' });
  if (types.length === 1 && (types[0] === 'number' || types[0] === 'integer')) {
    const field: CmsField = { ...base, widget: 'number', value_type: types[0] === 'integer' ? 'int' : 'float' };
    if (node.minimum !== undefined) field.min = node.minimum;
    if (node.maximum !== undefined && node.maximum < Number.MAX_SAFE_INTEGER) field.max = node.maximum;
    return withHint(field);
  }
  if (types.length === 1 && types[0] === 'string') {
    if (node.pattern === '^\\d{4}-\\d{2}-\\d{2}$') {
      // Stored as the plain YYYY-MM-DD text the validator expects, with no time or zone.
      return withHint({
        ...base,
        widget: 'datetime',
        format: 'YYYY-MM-DD',
        date_format: 'YYYY-MM-DD',
        time_format: false,
      });
    }
    const field: CmsField = { ...base, widget: 'string' };
    const message = node['x-pattern-message'];
    if (node.pattern) {
      // The CMS refuses to save a value that does not match: staff read why at the field.
      field.pattern = [
        node.pattern,
        typeof message === 'string' ? message : `${label}の形が正しくありません。${hint ?? ''}`,
      ];
      if (typeof message === 'string' && !hint) field.hint = message;
    }
    return withHint(field);
  }
  // Phone numbers and postal codes accept a number too, but staff should type text.
  if (types.includes('string') && types.every((type) => type === 'string' || type === 'number'))
    return withHint({ ...base, widget: 'string' });
  if (types.length === 1 && types[0] === 'object' && node.properties) {
    return withHint({
      ...base,
      widget: 'object',
      collapsed: false,
      fields: objectFields(node, collection, `${path}.`, choices, omitted),
    });
  }
  if (types.length === 1 && types[0] === 'array')
    return arrayField(name, label, node, collection, path, choices, omitted, withHint);

  omitted.push({
    collection,
    field: path,
    reason: `${label}は CMS の入力欄で表せない形のため、CMS では編集できません（ファイルに書いた内容はそのまま残ります）`,
  });
  return undefined;
}

function arrayField(
  name: string,
  label: string,
  node: JsonSchema,
  collection: string,
  path: string,
  choices: CmsChoices,
  omitted: CmsOmission[],
  withHint: (field: CmsField) => CmsField,
): CmsField | undefined {
  const base = { name, label };
  const limits = (field: CmsField): CmsField => {
    if (node.minItems !== undefined && node.minItems > 0) field.min = node.minItems;
    if (node.maxItems !== undefined) field.max = node.maxItems;
    return field;
  };
  // A tuple of one type (the map centre [lng, lat]) is a fixed-length list.
  const items = Array.isArray(node.items) ? tupleItem(node.items) : node.items;
  if (!items) {
    omitted.push({
      collection,
      field: path,
      reason: `${label}は CMS の入力欄で表せない形のため、CMS では編集できません`,
    });
    return undefined;
  }
  const reference = referenceField(items, choices);
  if (reference) return withHint(limits({ ...base, ...reference, multiple: true }));
  if (items.enum) return withHint(limits({ ...base, widget: 'select', multiple: true, options: enumOptions(items) }));
  const inner = cmsField(name, items, collection, `${path}[]`, choices, omitted);
  if (!inner) return undefined;
  if (inner.widget === 'object')
    return withHint(limits({ ...base, widget: 'list', fields: inner.fields, collapsed: false }));
  inner.label = items.title ?? label;
  inner.required = true;
  return withHint(limits({ ...base, widget: 'list', field: inner }));
}

function tupleItem(items: JsonSchema[]): JsonSchema | undefined {
  const [first] = items;
  if (!first || !items.every((item) => JSON.stringify(item) === JSON.stringify(first))) return undefined;
  return first;
}

function enumOptions(node: JsonSchema): { label: string; value: string }[] {
  const labels = node['x-enum-labels'];
  return (node.enum ?? []).map((value) => ({
    value: String(value),
    label: labels?.[String(value)] ? `${labels[String(value)]}（${value}）` : String(value),
  }));
}

/** A reference: a relation to a folder collection, or a choice from categories/topics. */
function referenceField(node: JsonSchema, choices: CmsChoices): Omit<CmsField, 'name' | 'label'> | undefined {
  const target = node['x-collection'];
  if (!target || Array.isArray(target)) return undefined; // several targets: plain text with a hint
  const relation = RELATION_TARGETS[target];
  if (relation) {
    return {
      widget: 'relation',
      collection: relation,
      // The file name is the id. `{{slug}}` would be the path in a nested folder (windows/x).
      value_field: '{{filename}}',
      search_fields: ['name', 'kana'],
      display_fields: ['name'],
    };
  }
  const list = target === 'categories' ? choices.categories : target === 'topics' ? choices.topics : undefined;
  if (list?.length)
    return { widget: 'select', options: list.map(({ id, name }) => ({ value: id, label: `${name}（${id}）` })) };
  return undefined;
}
