/**
 * /admin/: starts Decap CMS from our own origin. The bundle (/admin/cms/decap-cms.js) would start
 * itself as soon as it loads; we hold it (CMS_MANUAL_INIT) to first register what it must know:
 * the file formats that keep a file's text (src/lib/editing/cms-format.ts), the resource preview
 * and the site's stylesheet for it. Under `npm run cms` the page also tells the CMS where the
 * local backend answers (the dev server passes /admin/api/v1 on to decap-server).
 */
import {
  CMS_FORMATS,
  readFrontMatterFile,
  readYamlFile,
  writeFrontMatterFile,
  writeYamlFile,
} from '../../lib/editing/cms-format.ts';
import type { PreviewLookups } from '../../lib/editing/resource-preview.ts';
import { JAPANESE_WORDS, mergePhrases } from './cms-locale.ts';
import { resourcePreviewTemplate, type CreateElement } from './resource-preview.ts';

/** What the page writes into <script id="cms-settings" type="application/json">. */
export interface CmsPageSettings {
  bundle: string;
  /** Path of the local backend (npm run cms); absent with the GitHub backend. */
  localBackend?: string;
  previewStyle: string;
  lookups: PreviewLookups;
}

interface Formatter {
  fromFile(text: string): Record<string, unknown>;
  /** `fieldOrder`: the collection's field names, which Decap passes as its second argument. */
  toFile(data: Record<string, unknown>, fieldOrder?: string[]): string;
}

/** The part of Decap's API this page uses. */
interface DecapCms {
  registerCustomFormat(name: string, extension: string, formatter: Formatter): void;
  registerPreviewStyle(url: string): void;
  registerPreviewTemplate(collection: string, component: unknown): void;
  registerLocale(locale: string, phrases: Record<string, unknown>): void;
  getLocale(locale: string): Record<string, unknown> | undefined;
  init(options?: { config: Record<string, unknown> }): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
    h?: CreateElement;
  }
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`編集画面のプログラム（${src}）を読み込めませんでした`));
    document.head.append(script);
  });
}

function showError(message: string): void {
  const status = document.getElementById('cms-status');
  if (status) status.textContent = message;
}

/**
 * A save the form refuses (a required field empty, よみがな in 漢字) shows its reasons at the
 * fields, and then Decap rejects the save's promise with no reason at all (`Promise.reject()`
 * after its 「すべての必須項目を入力してください」 notice). That rejection says nothing more:
 * keep it out of the console, where it would read as a fault. Any rejection with a reason stays.
 */
function quietRefusedSaves(): void {
  window.addEventListener('unhandledrejection', (event) => {
    if (event.reason === undefined) event.preventDefault();
  });
}

async function start(): Promise<void> {
  quietRefusedSaves();
  const settings = JSON.parse(document.getElementById('cms-settings')!.textContent!) as CmsPageSettings;
  window.CMS_MANUAL_INIT = true;
  await loadScript(settings.bundle);
  const cms = window.CMS!;
  cms.registerCustomFormat(CMS_FORMATS.yaml, 'yaml', { fromFile: readYamlFile, toFile: writeYamlFile });
  cms.registerCustomFormat(CMS_FORMATS.frontMatter, 'md', {
    fromFile: readFrontMatterFile,
    toFile: writeFrontMatterFile,
  });
  cms.registerLocale('ja', mergePhrases((cms.getLocale('ja') ?? {}) as never, JAPANESE_WORDS));
  cms.registerPreviewStyle(settings.previewStyle);
  cms.registerPreviewTemplate('resources', resourcePreviewTemplate(window.h!, settings.lookups));
  document.getElementById('cms-status')?.remove();
  // Decap merges this into /admin/config.yml; it needs an absolute URL for the local backend.
  const local = settings.localBackend && { local_backend: { url: new URL(settings.localBackend, location.href).href } };
  cms.init(local ? { config: local } : undefined);
}

start().catch((error: Error) => showError(error.message));
