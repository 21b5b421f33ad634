/** Writes planned import changes into a content folder (the only part of the import that touches files). */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Change } from './plan.ts';
import { renderResourceFile, updateResourceFile } from './write.ts';

export async function applyChanges(contentDir: string, changes: readonly Change[]): Promise<string[]> {
  const written: string[] = [];
  for (const change of changes) {
    if (change.kind !== 'new' && change.kind !== 'update') continue;
    const target = path.join(contentDir, change.file);
    if (change.kind === 'new') {
      await mkdir(path.dirname(target), { recursive: true });
      // 'wx': never overwrite a file that appeared since the plan was made.
      const text = renderResourceFile(change.data, change.body, { proposedKana: change.proposedKana });
      await writeFile(target, text, { flag: 'wx' });
    } else {
      await writeFile(target, updateResourceFile(await readFile(target, 'utf8'), change.set));
    }
    written.push(change.file);
  }
  return written;
}
