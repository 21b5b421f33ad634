/**
 * Text measuring for drawings made at build time: SVG has no line breaking and the build has no
 * fonts to measure with, so widths are estimated per character and Japanese is wrapped here.
 */

/** Approximate advance of a character at font size 1 (full-width 1, half-width about 0.55). */
export function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x2e80 || (code >= 0xff61 && code <= 0xff9f)) return 0.58;
  return 1;
}

export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += charWidth(char) * fontSize;
  return width;
}

const NO_LINE_START = new Set([...'）」』】、。・ー〕』！？)]ぁぃぅぇぉっゃゅょァィゥェォッャュョ']);
const NO_LINE_END = new Set([...'（「『【〔([']);

/**
 * Wraps Japanese text to a width, breaking between any two characters but keeping closing
 * brackets, small kana and 、。 off the start of a line (basic 禁則処理), and preferring to
 * break before an opening bracket.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[][] = [];
  let line: string[] = [];
  let width = 0;
  const measure = (chars: string[]) => chars.reduce((sum, c) => sum + charWidth(c) * fontSize, 0);
  for (const char of text) {
    const w = charWidth(char) * fontSize;
    if (line.length > 0 && width + w > maxWidth) {
      // Carry the last character over when this one may not start a line, and an opening
      // bracket may not end one.
      let carry = NO_LINE_START.has(char) && line.length > 1 ? 1 : 0;
      while (carry < line.length - 1 && NO_LINE_END.has(line[line.length - 1 - carry])) carry++;
      lines.push(line.slice(0, line.length - carry));
      line = line.slice(line.length - carry);
      width = measure(line);
    }
    if (char === ' ' && line.length === 0) continue;
    line.push(char);
    width += w;
  }
  if (line.length > 0) lines.push(line);
  return lines.map((l) => l.join('').trim()).filter(Boolean);
}
