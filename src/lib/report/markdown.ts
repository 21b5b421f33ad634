/** Small helpers for the Markdown the reports write for staff (issues, job summaries). */

/** Text that stays text in Markdown (a name with | or * must not break a table or a list). */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|#]/g, '\\$&');
}

/** A site path or file name as code. */
export function code(text: string): string {
  return `\`${text.replace(/`/g, '')}\``;
}
