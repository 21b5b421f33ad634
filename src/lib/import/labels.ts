/** Lists written with the export's Japanese labels (「車いすで利用できる;駐車場あり」) → schema values. */
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
