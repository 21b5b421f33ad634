/**
 * Filling a manifest's link patterns (`windows/{topic}/{area}/`): its own module with no imports,
 * so the portal's browser scripts can use it without bundling the manifest's schemas (Zod probes
 * `Function('')`, which the pages' CSP reports as a blocked eval).
 */

/** A link pattern with its {placeholders} filled in. */
export function fillLink(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? encodeURIComponent(values[key]) : whole,
  );
}
