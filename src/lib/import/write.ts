/**
 * Resource files as the importer writes them: YAML front matter (short lists on one line, like
 * staff write them) and the Markdown body. Updates change only the named keys of an existing
 * file, keeping its comments, key order and body as they were.
 */
import { Document, isMap, isScalar, parseDocument, visit, type Node } from 'yaml';
import { splitFrontMatter } from '../content/source.ts';

const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false } as const;

/** Lists of plain values ([mon, tue], [elderly]) and {lat, lng} on one line. */
function compact(doc: Document | Node) {
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
    Map(_, node) {
      const keys = node.items.map((pair) => (isScalar(pair.key) ? pair.key.value : undefined));
      if (keys.length === 2 && keys[0] === 'lat' && keys[1] === 'lng') node.flow = true;
    },
  });
}

/** Said next to a reading the analyzer proposed, until a person has checked it and removed the comment. */
export const PROPOSED_KANA_COMMENT =
  ' 取り込みのときに名称から推定した読みです。確かめたらこのコメントを消してください';

export function renderResourceFile(
  data: Record<string, unknown>,
  body?: string,
  options: { proposedKana?: boolean } = {},
): string {
  const doc = new Document(data);
  compact(doc);
  if (options.proposedKana) {
    const kana = doc.get('kana', true);
    if (isScalar(kana)) kana.comment = PROPOSED_KANA_COMMENT;
  }
  const yaml = doc.toString(STRINGIFY);
  return `---\n${yaml}---\n${body ? `\n${body.trim()}\n` : ''}`;
}

/** The file's text with `set` applied to its front matter (keys added at the end when new). */
export function updateResourceFile(text: string, set: Record<string, unknown>): string {
  const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
  const source = bom ? text.slice(1) : text;
  const parts = splitFrontMatter(source);
  if (!parts) throw new Error('front matter (--- で囲まれた部分) が見つかりません');
  const doc = parseDocument(parts.yaml);
  if (!isMap(doc.contents)) throw new Error('front matter が「項目: 値」の形ではありません');
  for (const [key, value] of Object.entries(set)) {
    // Only the new values are laid out by us; what staff wrote keeps its own layout.
    const node = doc.createNode(value);
    compact(node as Node);
    doc.set(key, node);
  }
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  let yaml = doc.toString(STRINGIFY);
  if (eol === '\r\n') yaml = yaml.replace(/\r?\n/g, '\r\n');
  return `${bom}---${eol}${yaml}---${eol}${parts.body}`;
}
