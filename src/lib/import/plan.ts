/**
 * What an import would do to a content folder: which rows become new files, which update an
 * existing entry (found by 事業所番号, 医療機関コード, else name + address), which change
 * nothing, and which cannot be used — each with its CSV line number. Pure: no file access.
 */
import { normalizeAddress } from '../areas/address.ts';
import type { ConvertedRow } from './convert.ts';
import { idFromKana } from './romaji.ts';

export interface ExistingResource {
  id: string;
  /** Path relative to the content folder (resources/…/x.md). */
  file: string;
  /** The validated (normalized) front matter. */
  data: Record<string, unknown>;
}

export interface PlannedRow {
  /** CSV line number where the row starts. */
  line: number;
  row: ConvertedRow;
}

export type Change =
  | {
      kind: 'new';
      line: number;
      id: string;
      file: string;
      data: Record<string, unknown>;
      body?: string;
      notes: string[];
      /** The よみがな was proposed at import time: the file says so next to it. */
      proposedKana?: true;
    }
  | {
      kind: 'update';
      line: number;
      id: string;
      file: string;
      fields: string[];
      set: Record<string, unknown>;
      notes: string[];
    }
  | { kind: 'unchanged'; line: number; id: string; file: string; notes: string[] }
  | { kind: 'duplicate'; line: number; firstLine: number; name: string };

/** Fields an import never overwrites on an existing entry: the municipality's own judgement. */
const KEEP_ON_UPDATE = new Set(['category', 'verifiedAt', 'source']);

const plainName = (name: unknown) =>
  String(name ?? '')
    .normalize('NFKC')
    .replace(/\s+/g, '');

/** Address for matching: normalized, without 都道府県, spaces and dashes unified. */
export function addressKey(address: unknown): string {
  return normalizeAddress(String(address ?? '')).replace(/^(東京都|北海道|(?:京都|大阪)府|.{2,3}県)/, '');
}

function nameAddressKey(data: Record<string, unknown>): string {
  return `${plainName(data.name)}|${addressKey(data.address)}`;
}

function identifiersOf(data: Record<string, unknown>) {
  return (data.identifiers ?? {}) as { jigyoshoNo?: string; iryoKikanCode?: string };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface PlanOptions {
  /** Folder under resources/ for new files. */
  folder?: string;
  /** Ids already used by resources (invalid files included). */
  takenIds?: Iterable<string>;
}

export function planImport(
  rows: readonly PlannedRow[],
  existing: readonly ExistingResource[],
  options: PlanOptions = {},
): Change[] {
  const folder = options.folder ?? 'imported';
  const byJigyosho = new Map<string, ExistingResource>();
  const byIryo = new Map<string, ExistingResource>();
  const byNameAddress = new Map<string, ExistingResource>();
  const byId = new Map<string, ExistingResource>();
  for (const entry of existing) {
    const ids = identifiersOf(entry.data);
    if (ids.jigyoshoNo) byJigyosho.set(ids.jigyoshoNo, entry);
    if (ids.iryoKikanCode) byIryo.set(ids.iryoKikanCode, entry);
    byNameAddress.set(nameAddressKey(entry.data), entry);
    byId.set(entry.id, entry);
  }
  const taken = new Set([...(options.takenIds ?? []), ...existing.map((entry) => entry.id)]);
  const seenInFile = new Map<string, number>();
  const changes: Change[] = [];

  for (const { line, row } of rows) {
    const ids = identifiersOf(row.data);
    // The same office twice in one file (a 事業所 listed under two services) is imported once.
    const fileKeys = [
      ids.jigyoshoNo && `j:${ids.jigyoshoNo}`,
      ids.iryoKikanCode && `i:${ids.iryoKikanCode}`,
      `n:${nameAddressKey(row.data)}`,
    ].filter(Boolean) as string[];
    const firstLine = fileKeys.map((key) => seenInFile.get(key)).find((value) => value !== undefined);
    if (firstLine !== undefined) {
      changes.push({ kind: 'duplicate', line, firstLine, name: String(row.data.name) });
      continue;
    }
    for (const key of fileKeys) seenInFile.set(key, line);

    const suggested = row.suggestedId ? byId.get(row.suggestedId) : undefined;
    const match =
      (ids.jigyoshoNo && byJigyosho.get(ids.jigyoshoNo)) ||
      (ids.iryoKikanCode && byIryo.get(ids.iryoKikanCode)) ||
      byNameAddress.get(nameAddressKey(row.data)) ||
      (suggested && plainName(suggested.data.name) === plainName(row.data.name) ? suggested : undefined);

    if (match) {
      const set: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(row.data)) {
        if (KEEP_ON_UPDATE.has(key)) continue;
        const current = match.data[key];
        if (row.fillOnly.includes(key) && (current !== undefined || match.data.hours !== undefined)) continue;
        // The same place written another way (東京都… in front, other spaces) is not a change.
        if (key === 'address' && addressKey(current) === addressKey(value)) continue;
        if (key === 'name' && plainName(current) === plainName(value)) continue;
        if (key === 'capacity') {
          const now = (current ?? {}) as { total?: number };
          const next = value as { total?: number; available?: number };
          // A CSV's 定員 with today's date does not replace the same 定員 and a known 空き.
          if (now.total === next.total && next.available === undefined) continue;
        }
        const merged = key === 'identifiers' ? { ...(current as object | undefined), ...(value as object) } : value;
        if (!same(current, merged)) set[key] = merged;
      }
      const fields = Object.keys(set);
      changes.push(
        fields.length
          ? { kind: 'update', line, id: match.id, file: match.file, fields, set, notes: row.notes }
          : { kind: 'unchanged', line, id: match.id, file: match.file, notes: row.notes },
      );
      continue;
    }

    let base = row.suggestedId && !taken.has(row.suggestedId) ? row.suggestedId : idFromKana(String(row.data.kana));
    if (!/^[a-z0-9][a-z0-9-]*$/.test(base)) base = 'resource';
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    changes.push({
      kind: 'new',
      line,
      id,
      file: `resources/${folder}/${id}.md`,
      data: row.data,
      body: row.body,
      notes: row.notes,
      ...(row.proposedKana ? { proposedKana: true as const } : {}),
    });
  }
  return changes;
}
