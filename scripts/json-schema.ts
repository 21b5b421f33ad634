/**
 * npm run schemas [-- --check]
 * Writes the JSON Schemas generated from src/schemas/ to .vscode/schemas/ and maps them to the
 * content files in .vscode/settings.json, so VS Code and github.dev complete and check YAML as
 * staff type. With --check nothing is written: exit 1 when the committed copy is out of date
 * (CI runs this, so a schema change without `npm run schemas` cannot be merged).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readCommandLine } from './command-line.ts';
import { fileURLToPath } from 'node:url';
import { vscodeFiles } from '../src/lib/editing/editor-schema.ts';

const USAGE = '使い方: npm run schemas [-- --check]';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = readCommandLine({ options: { check: { type: 'boolean', default: false } } }, USAGE);

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(path.join(ROOT, file), 'utf8');
  } catch {
    return undefined;
  }
}

// Keep whatever else a municipality put in its settings; only `yaml.schemas` is ours.
let settings: Record<string, unknown> = {};
const settingsText = await readText('.vscode/settings.json');
if (settingsText) {
  try {
    settings = JSON.parse(settingsText);
  } catch {
    console.error('.vscode/settings.json を JSON として読めません（コメントを含む場合は取り除いてください）');
    process.exit(2);
  }
}

const stale: string[] = [];
for (const [file, text] of vscodeFiles(settings)) {
  if ((await readText(file)) === text) continue;
  stale.push(file);
  if (!values.check) {
    await mkdir(path.dirname(path.join(ROOT, file)), { recursive: true });
    await writeFile(path.join(ROOT, file), text);
  }
}

if (values.check) {
  if (stale.length > 0) {
    console.error(
      `エディタ用の JSON Schema が src/schemas/ と合っていません: ${stale.join(', ')}\n\`npm run schemas\` を実行して、できたファイルも一緒にコミットしてください。`,
    );
    process.exit(1);
  }
  console.error('エディタ用の JSON Schema は最新です。');
} else {
  console.error(
    stale.length > 0 ? `書き出しました: ${stale.join(', ')}` : 'エディタ用の JSON Schema は最新です（変更なし）。',
  );
}
