/**
 * Lists written with the export's Japanese labels (「車いすで利用できる;駐車場あり」, 「祝日・振替休日」)
 * → schema values, with the pieces that match no label; shared by the converter and the hours columns.
 */
export function labelsToValues<T extends string>(
  text: string,
  values: readonly T[],
  labels: Record<T, string>,
): { values: T[]; unknown: string[] } {
  const out: T[] = [];
  const unknown: string[] = [];
  for (const piece of text
    .split(/[;；]/)
    .map((part) => part.trim())
    .filter(Boolean)) {
    const value = values.find((candidate) => labels[candidate] === piece || candidate === piece);
    if (value) out.push(value);
    else unknown.push(piece);
  }
  return { values: out, unknown };
}
