/** How problems are printed: one line each for people, JSON for tools, annotations for GitHub. */
import type { Diagnostic } from './load.ts';

const SEVERITY_WORD = { error: 'error', warning: 'warning' } as const;

/** `path:line:column: error|warning: message` */
export function formatLine(diagnostic: Diagnostic): string {
  return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${SEVERITY_WORD[diagnostic.severity]}: ${diagnostic.message}`;
}

export function formatText(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map(formatLine).join('\n');
}

export function summary(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (errors === 0 && warnings === 0) return '問題は見つかりませんでした。';
  return `エラー ${errors} 件、警告 ${warnings} 件${errors > 0 ? '。エラーを直すまでサイトは作られません。' : '。'}`;
}

/** GitHub Actions workflow commands, so each problem shows on the changed line of a pull request. */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  const escapeData = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (value: string) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return diagnostics
    .map(
      (d) =>
        `::${d.severity} file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty(d.field || d.rule)}::${escapeData(d.message)}`,
    )
    .join('\n');
}

export function formatJson(diagnostics: readonly Diagnostic[]): string {
  return JSON.stringify(
    {
      errors: diagnostics.filter((d) => d.severity === 'error').length,
      warnings: diagnostics.filter((d) => d.severity === 'warning').length,
      problems: diagnostics,
    },
    null,
    2,
  );
}
