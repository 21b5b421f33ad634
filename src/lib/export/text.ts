/**
 * Plain text from the sanitized body HTML (for the CSV's 説明, HSDS descriptions and the search
 * documents), the way back (plain text written as Markdown that renders to the same text), and
 * text escaped for markup.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** One line per block (paragraph, list item, heading); tags dropped, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|li|h[1-6]|div|blockquote|tr|dt|dd|pre)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

const MARKUP_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML or XML: the five markup characters as entities (attribute values in either quote included). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => MARKUP_ENTITIES[ch]!);
}

/** Text lines → Markdown paragraphs, with the characters Markdown would read as syntax escaped. */
export function textToMarkdown(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) =>
      line
        .replace(/([\\`*_[\]<>|~])/g, '\\$1')
        .replace(/^([#+\-=])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2'),
    )
    .join('\n\n');
}
