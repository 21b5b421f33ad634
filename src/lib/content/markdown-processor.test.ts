import { describe, expect, it } from 'vitest';
import { renderMarkdownBody as render } from './markdown-processor.ts';

// The validator refuses these bodies; this proves the page renderer is safe even without it.

describe('markdown rendering sanitizes what the validator would refuse', () => {
  it('drops script elements and event handlers', async () => {
    const html = await render('こんにちは<script>alert(1)</script>\n\n<img src="x" onerror="alert(2)">\n\n<b onclick="x()">太字</b>');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/onerror|onclick/i);
    expect(html).toContain('こんにちは');
  });

  it('removes javascript:, data: and vbscript: link targets but keeps the text', async () => {
    const html = await render('[a](javascript:alert(1)) [b](data:text/html,x) [c](vbscript:x) [d](JaVaScRiPt:alert(1))');
    expect(html).not.toMatch(/javascript:|data:|vbscript:/i);
    expect(html).toContain('>a<');
  });

  it('keeps https, mailto, tel and site-relative links', async () => {
    const html = await render('[市](https://example.jp/) [メール](mailto:a@example.jp) [電話](tel:042-123-4567) [一覧](/resources/)');
    expect(html).toContain('href="https://example.jp/"');
    expect(html).toContain('href="mailto:a@example.jp"');
    expect(html).toContain('href="tel:042-123-4567"');
    expect(html).toContain('href="/resources/"');
  });

  it('does not let iframes, forms or styles through', async () => {
    const html = await render('<iframe src="https://evil.example"></iframe>\n\n<form action="https://evil.example"><input></form>\n\n<style>body{display:none}</style>');
    expect(html).not.toMatch(/<iframe|<form|<input|<style/i);
  });
});
