/**
 * Which field each column of a list fills. The standard layouts are recognised by their
 * Japanese column names (layouts.ts); a municipality's own headings (「telephoneNumber」,
 * 「施設の名前」) are named in the mapping file's `columns:`, which wins over the recognised name
 * when both speak of one field.
 */
import { detectLayout, normalizeHeader, type DetectedLayout } from './layouts.ts';
import type { ImportMapping } from './mapping-file.ts';
import { FIELD_OF_TARGET } from './targets.ts';

export function planColumns(header: readonly string[], mapping: ImportMapping): DetectedLayout {
  const detected = detectLayout(header);
  if (mapping.columns.length === 0) return detected;
  const fields = [...detected.fields];
  const paths: (string | undefined)[] = header.map(() => undefined);
  const names = header.map(normalizeHeader);
  const mappedIndexes = new Set<number>();
  for (const column of mapping.columns) {
    const index = names.indexOf(normalizeHeader(column.header));
    if (index < 0) continue; // reported by checkColumnsAgainstHeader
    const field = FIELD_OF_TARGET[column.target];
    // A recognised column that means the same field steps aside for the one the clerk named.
    if (field) fields.forEach((other, at) => other === field && at !== index && (fields[at] = undefined));
    fields[index] = field;
    paths[index] = field ? undefined : column.target;
    mappedIndexes.add(index);
  }
  const unknownColumns = header.filter(
    (name, index) => name.trim() !== '' && fields[index] === undefined && paths[index] === undefined,
  );
  return { ...detected, fields, paths, unknownColumns, mappedColumns: mappedIndexes.size };
}
