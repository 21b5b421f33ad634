/**
 * Compares two built sites, ignoring the hashes in asset names (/_astro/page.AbC123.js) and the
 * CSP hashes that follow from them: `node scripts/compare-builds.ts <before> <after>`. Prints the
 * files only one side has and, for each file that differs, its first differing line. Used to show
 * that a change leaves the Japanese pages as they were.
 */
import fs from 'node:fs';
import path from 'node:path';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('使い方: node scripts/compare-builds.ts <前のdist> <後のdist>');
  process.exit(2);
}

function listFiles(root: string): Set<string> {
  const files = new Set<string>();
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (file.startsWith('pagefind') || file.startsWith('_astro/')) continue;
    files.add(file);
  }
  return files;
}

/** Text with asset hashes and CSP hashes blanked. */
function normalized(text: string): string {
  return text
    .replace(/\/_astro\/[\w.-]+?\.[\w-]{8}\.(js|css)/g, '/_astro/#.$1')
    .replace(/'sha(256|384|512)-[A-Za-z0-9+/=]+'/g, "'sha-#'");
}

const beforeFiles = listFiles(before);
const afterFiles = listFiles(after);
const onlyBefore = [...beforeFiles].filter((file) => !afterFiles.has(file));
const onlyAfter = [...afterFiles].filter((file) => !beforeFiles.has(file));
let differing = 0;
for (const file of beforeFiles) {
  if (!afterFiles.has(file)) continue;
  const a = fs.readFileSync(path.join(before, file));
  const b = fs.readFileSync(path.join(after, file));
  if (a.equals(b)) continue;
  const [textA, textB] = [normalized(a.toString('utf8')), normalized(b.toString('utf8'))];
  if (textA === textB) continue;
  differing++;
  let at = 0;
  while (at < textA.length && textA[at] === textB[at]) at++;
  console.log(
    `違う: ${file}\n  前: ${JSON.stringify(textA.slice(Math.max(0, at - 60), at + 80))}\n  後: ${JSON.stringify(textB.slice(Math.max(0, at - 60), at + 80))}`,
  );
}
console.log(`前だけ: ${onlyBefore.length} ${onlyBefore.slice(0, 10).join(' ')}`);
console.log(`後だけ: ${onlyAfter.length} ${onlyAfter.slice(0, 10).join(' ')}`);
console.log(
  `比べたファイル: ${[...beforeFiles].filter((file) => afterFiles.has(file)).length}、内容が違う: ${differing}`,
);
process.exitCode = differing + onlyBefore.length + onlyAfter.length > 0 ? 1 : 0;
