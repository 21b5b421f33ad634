/**
 * The file format the CMS reads and writes content files with (registered on /admin/ by
 * src/scripts/editing/cms-page.ts). Decap's own YAML and front-matter formats write the whole
 * file anew: key order, comments, quoting and flow lists (`days: [mon, tue]`) would change on every
 * save, and a reviewer would read a 40-line diff for one changed phone number. Here a save changes
 * only the text of the values that were edited; every other byte of the file stays as staff wrote it.
 *
 * How: reading keeps the file's text next to the data (under SOURCE_KEY, a key the CMS carries along
 * untouched because no field names it); writing compares the edited data with that text's data and
 * patches the text at the edited values' positions (yaml's node ranges). What cannot be patched in
 * place (a key removed from a list item's first line, a list that grew) is written again at the
 * nearest enclosing value. The result is parsed back and compared with the edited data; if they
 * ever differ, the file is written through yaml's Document API instead (comments kept, layout
 * possibly not), so the data saved is always exactly the data edited.
 *
 * Pure: no Node API, so the browser bundle of /admin/ imports it.
 */
import { Document, isMap, isScalar, isSeq, parse, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { splitFrontMatter } from '../content/source.ts';

/** The names the formats are registered under; the generated CMS config names them. */
export const CMS_FORMATS = { yaml: 'yaml-kept', frontMatter: 'frontmatter-kept' } as const;

/** Where the file's text travels with the entry's data. Not a content key (those are camelCase words). */
export const SOURCE_KEY = '__cmsSourceText';

type Data = Record<string, unknown>;
interface Edit {
  start: number;
  end: number;
  text: string;
}

const STRINGIFY = { lineWidth: 0, indentSeq: true, flowCollectionPadding: false } as const;

// ------------------------------------------------------------------ reading

/** A YAML file (areas/, organizations/, site.yaml) as the CMS's entry data. */
export function readYamlFile(text: string): Data {
  const data = parse(stripBom(text).replace(/\r\n/g, '\n')) as unknown;
  return { ...(isPlainObject(data) ? data : {}), [SOURCE_KEY]: text };
}

/** A Markdown file with front matter (resources/, networks/): the front matter plus `body`. */
export function readFrontMatterFile(text: string): Data {
  const parts = splitFrontMatter(stripBom(text).replace(/\r\n/g, '\n'));
  if (!parts) return { body: text, [SOURCE_KEY]: text };
  const data = parse(parts.yaml) as unknown;
  return { ...(isPlainObject(data) ? data : {}), body: parts.body.trim(), [SOURCE_KEY]: text };
}

// ------------------------------------------------------------------ writing

/**
 * The entry's data as a YAML file, keeping the original text wherever a value did not change.
 * `fieldOrder`: the collection's field names (Decap passes them), where new keys take their place.
 */
export function writeYamlFile(data: Data, fieldOrder: readonly string[] = []): string {
  const { source, values } = splitSource(data);
  if (source === undefined) return newYaml(values, fieldOrder);
  return inOriginalEncoding(source, (text) => editYaml(text, values, fieldOrder));
}

/** The entry's data as a Markdown file with front matter, keeping the original text likewise. */
export function writeFrontMatterFile(data: Data, fieldOrder: readonly string[] = []): string {
  const { source, values } = splitSource(data);
  const { body, ...front } = values;
  const bodyText = typeof body === 'string' ? body.trim() : '';
  const fresh = () => `---\n${newYaml(front, fieldOrder)}---\n${bodyText ? `\n${bodyText}\n` : ''}`;
  if (source === undefined) return fresh();
  return inOriginalEncoding(source, (text) => {
    const parts = splitFrontMatter(text);
    if (!parts) return fresh();
    // The text between the opening --- line and the closing one, edited; both lines kept as written.
    const yamlStart = text.indexOf('\n') + 1;
    const yamlEnd = parts.yaml ? yamlStart + parts.yaml.length + 1 : yamlStart;
    const bodyStart = text.length - parts.body.length;
    const keptBody = parts.body.trim() === bodyText ? parts.body : bodyText ? `\n${bodyText}\n` : '';
    return (
      text.slice(0, yamlStart) +
      editYaml(text.slice(yamlStart, yamlEnd), front, fieldOrder) +
      text.slice(yamlEnd, bodyStart) +
      keptBody
    );
  });
}

function splitSource(data: Data): { source?: string; values: Data } {
  const { [SOURCE_KEY]: source, ...values } = data;
  return { source: typeof source === 'string' ? source : undefined, values: withoutUndefined(values) as Data };
}

/** The form's data without `undefined` (a field the CMS left unset), which YAML has no way to write. */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([key, item]) => [key, withoutUndefined(item)]),
  );
}

/**
 * A new file's YAML: keys in the form's order, lists of plain values on one line
 * (`days: [mon, tue]`), as the sample content writes them.
 */
function newYaml(values: Data, fieldOrder: readonly string[] = []): string {
  if (Object.keys(values).length === 0) return '';
  const doc = new Document(inOrder(values, fieldOrder));
  flowScalarLists(doc.contents);
  return doc.toString(STRINGIFY);
}

/**
 * The YAML text with `next` as its data, changing only the edited values' text. Exported for the
 * tests; the file formats above call it.
 */
export function editYaml(text: string, next: Data, fieldOrder: readonly string[] = []): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !(isMap(doc.contents) || doc.contents === null)) return newYaml(next, fieldOrder);
  const before = (doc.toJS() ?? {}) as Data;
  if (isEqual(before, next)) return text;
  const edits = isMap(doc.contents) ? mapEdits(text, doc.contents, before, next, fieldOrder) : undefined;
  if (edits) {
    const patched = applyEdits(text, edits);
    if (isEqual(parse(patched) ?? {}, next)) return patched;
  }
  return throughDocument(doc, inOrder(next, fieldOrder));
}

// ------------------------------------------------------------------ patching

/**
 * Edits that turn a block map's text into `next`, or undefined when it cannot be patched in place.
 * A new key goes after the last existing key that comes before it in `fieldOrder` (the form's
 * order), else at the end of the map.
 */
function mapEdits(
  text: string,
  map: YAMLMap,
  before: Data,
  next: Data,
  fieldOrder: readonly string[] = [],
): Edit[] | undefined {
  if (map.flow || map.items.length === 0) return undefined;
  const edits: Edit[] = [];
  const pairs = new Map<string, Pair>();
  for (const pair of map.items) {
    if (!isScalar(pair.key)) return undefined;
    pairs.set(String(pair.key.value), pair as Pair);
  }
  for (const [key, pair] of pairs) {
    if (key in next) continue;
    const removal = pairRemoval(text, pair);
    if (!removal) return undefined;
    edits.push(removal);
  }
  const indent = ' '.repeat(keyColumn(text, map));
  const inserts = new Map<number, string[]>();
  for (const key of Object.keys(inOrder(next, fieldOrder))) {
    const pair = pairs.get(key);
    if (!pair) {
      const at = insertionPoint(text, map, pairs, key, fieldOrder);
      inserts.set(at, [
        ...(inserts.get(at) ?? []),
        `${indent}${renderKey(key)}:${renderValue(next[key], indent.length)}\n`,
      ]);
      continue;
    }
    if (isEqual(before[key], next[key])) continue;
    const inner = valueEdits(text, pair, before[key], next[key]);
    if (!inner) return undefined;
    edits.push(...inner);
  }
  for (const [at, lines] of inserts) {
    const newline = at > 0 && text[at - 1] !== '\n' ? '\n' : '';
    edits.push({ start: at, end: at, text: newline + lines.join('') });
  }
  return edits;
}

function insertionPoint(
  text: string,
  map: YAMLMap,
  pairs: Map<string, Pair>,
  key: string,
  fieldOrder: readonly string[],
): number {
  const position = fieldOrder.indexOf(key);
  if (position >= 0) {
    const earlier = fieldOrder.slice(0, position).filter((name) => pairs.has(name));
    if (earlier.length === 0) return text.lastIndexOf('\n', (map.items[0].key as Node).range![0] - 1) + 1;
    return lineEnd(text, nodeEnd(pairs.get(earlier[earlier.length - 1])!));
  }
  return lineEnd(text, nodeEnd(map.items[map.items.length - 1] as Pair));
}

/** Edits for one changed value: recurse into block maps and same-length lists of maps, else rewrite it. */
function valueEdits(text: string, pair: Pair, before: unknown, next: unknown): Edit[] | undefined {
  const node = pair.value as Node | null;
  if (isMap(node) && isPlainObject(before) && isPlainObject(next)) {
    const inner = mapEdits(text, node, before, next);
    if (inner) return inner;
  }
  if (isSeq(node) && !node.flow && Array.isArray(before) && Array.isArray(next) && before.length === next.length) {
    const inner = seqEdits(text, node.items as Node[], before, next);
    if (inner) return inner;
  }
  return replaceValue(text, pair, next);
}

function seqEdits(text: string, items: Node[], before: unknown[], next: unknown[]): Edit[] | undefined {
  const edits: Edit[] = [];
  for (const [index, item] of items.entries()) {
    if (isEqual(before[index], next[index])) continue;
    const [was, now] = [before[index], next[index]];
    if (!isMap(item) || !isPlainObject(was) || !isPlainObject(now)) return undefined;
    const inner = mapEdits(text, item, was, now);
    if (!inner) return undefined;
    edits.push(...inner);
  }
  return edits;
}

/** Rewrites the text after `key:` up to the end of its value; a trailing comment on a one-line value stays. */
function replaceValue(text: string, pair: Pair, next: unknown): Edit[] | undefined {
  const key = pair.key as Node;
  const colon = text.indexOf(':', key.range![1]);
  if (colon < 0) return undefined;
  const node = pair.value as Node | null;
  let end = node?.range ? node.range[1] : colon + 1;
  if (end > colon + 1 && text[end - 1] === '\n') end -= 1;
  const flow = (isMap(node) || isSeq(node)) && node.flow === true;
  return [{ start: colon + 1, end, text: renderValue(next, column(text, key.range![0]), flow) }];
}

/** The whole line(s) of a pair, when the pair starts its line (not `- key:` of a list item). */
function pairRemoval(text: string, pair: Pair): Edit | undefined {
  const keyStart = (pair.key as Node).range![0];
  const start = text.lastIndexOf('\n', keyStart - 1) + 1;
  if (text.slice(start, keyStart).trim() !== '') return undefined;
  return { start, end: lineEnd(text, nodeEnd(pair)), text: '' };
}

/**
 * `value` as it follows `key:` at a key of this column: ` text` on the key's line, or an indented
 * block below it. `flow`: the value was written on one line (`{ lat: …, lng: … }`) and stays so.
 */
function renderValue(value: unknown, keyColumn: number, flow = false): string {
  const doc = new Document(value);
  if (flow && (isMap(doc.contents) || isSeq(doc.contents))) doc.contents.flow = true;
  else flowScalarLists(doc.contents);
  const rendered = doc.toString(STRINGIFY).replace(/\n$/, '');
  const block = !flow && isCollection(value) && !(Array.isArray(value) && value.every(isScalarValue));
  if (block) return `\n${indentLines(rendered, keyColumn + 2)}`;
  // A multi-line string is a block scalar (`|-`): its lines sit one level below the key.
  const [first, ...rest] = rendered.split('\n');
  return rest.length === 0 ? ` ${first}` : ` ${first}\n${indentLines(rest.join('\n'), keyColumn + 2)}`;
}

function renderKey(key: string): string {
  return String(new Document(key)).replace(/\n$/, '');
}

function throughDocument(doc: Document, next: Data): string {
  const map = doc.contents as YAMLMap | null;
  if (!map) return newYaml(next);
  for (const pair of [...map.items]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined || !(key in next)) map.delete(pair.key);
  }
  const before = (doc.toJS() ?? {}) as Data;
  for (const [key, value] of Object.entries(next)) {
    if (isEqual(before[key], value)) continue;
    const node = doc.createNode(value);
    flowScalarLists(node);
    map.set(key, node);
  }
  return doc.toString(STRINGIFY);
}

// ------------------------------------------------------------------ text helpers

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}

/** The end of a pair's value (or of its key, when it has none). */
function nodeEnd(pair: Pair): number {
  const value = pair.value as Node | null;
  return value?.range ? value.range[1] : (pair.key as Node).range![1];
}

/** Just past the newline that ends the line holding `offset` (a block value's range already ends past it). */
function lineEnd(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function keyColumn(text: string, map: YAMLMap): number {
  const first = map.items[0]?.key as Node | undefined;
  return first?.range ? column(text, first.range[0]) : 0;
}

function indentLines(text: string, spaces: number): string {
  const indent = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => (line ? indent + line : line))
    .join('\n');
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Edits the text without its BOM and with LF line ends, then gives both back as the file had them. */
function inOriginalEncoding(source: string, edit: (text: string) => string): string {
  const bom = source.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const crlf = source.includes('\r\n');
  const edited = edit(stripBom(source).replace(/\r\n/g, '\n'));
  return bom + (crlf ? edited.replace(/\n/g, '\r\n') : edited);
}

/** Lists of plain values on one line, as staff write them (`days: [mon, tue]`, `servesAreas: [honcho]`). */
function flowScalarLists(node: unknown): void {
  if (isSeq(node)) {
    if (node.items.every((item) => isScalar(item))) node.flow = true;
    else for (const item of node.items) flowScalarLists(item);
  } else if (isMap(node)) {
    for (const pair of node.items) flowScalarLists(pair.value);
  }
}

// ------------------------------------------------------------------ data helpers

/** The keys of `values` in `fieldOrder`'s order; keys it does not name follow in their own order. */
function inOrder(values: Data, fieldOrder: readonly string[]): Data {
  const rank = (key: string) => {
    const index = fieldOrder.indexOf(key);
    return index < 0 ? fieldOrder.length : index;
  };
  return Object.fromEntries(Object.entries(values).sort(([a], [b]) => rank(a) - rank(b)));
}

function isPlainObject(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty list or map (an empty one is written `[]` / `{}` on the key's line). */
function isCollection(value: unknown): boolean {
  return (Array.isArray(value) && value.length > 0) || (isPlainObject(value) && Object.keys(value).length > 0);
}

function isScalarValue(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

/** Structural equality of parsed YAML values (key order does not matter). */
export function isEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => isEqual(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && isEqual(a[key], b[key]));
  }
  return false;
}
