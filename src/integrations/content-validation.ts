/**
 * Runs the content validator before Astro builds anything, and stops the build with the same
 * lines `npm run validate` prints. Warnings are shown and do not stop it.
 * CONTENT_VALIDATION=report-only prints the errors under a loud warning and lets the build go on
 * with the entries that passed their schema (src/lib/content/validation-mode.ts).
 *
 * The pages read the validated content from the same load (src/lib/model/site-model.ts). In
 * `astro dev` an edit in the content folder forgets that load and reloads the browser, so the
 * next page is built from the edited files (errors then show in Astro's error overlay); an edit
 * of site.yaml restarts the server, because astro.config.mjs reads it for the CSP. Under
 * `npm run cms` the browser is not reloaded: the edits are the editor's own saves.
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content/content-dir.ts';
import { cmsLocalFromEnv } from '../lib/editing/cms-config.ts';
import { hasErrors } from '../lib/content/load.ts';
import { isUnderLink } from '../lib/content/no-follow.ts';
import { formatGithub, formatText, summary } from '../lib/content/report.ts';
import { machineFileChecker } from '../lib/content/parallel-check.ts';
import { ContentError, invalidateContent, loadContentOnce } from '../lib/content/shared-load.ts';
import { reportOnlyWarning, validationMode } from '../lib/content/validation-mode.ts';
import { isInside } from '../lib/content/file-paths.ts';

export default function contentValidation(): AstroIntegration {
  return {
    name: 'content-validation',
    hooks: {
      'astro:config:setup': async ({ command, logger, addWatchFile }) => {
        if (command !== 'build' && command !== 'dev') return;
        // Read first, so that a misspelt CONTENT_VALIDATION fails even when the content is fine.
        const mode = validationMode();
        const dir = contentDir();
        invalidateContent(dir);
        // A large folder is checked by two threads (src/lib/content/parallel-check.ts).
        const { diagnostics } = await loadContentOnce(dir, { fileChecker: machineFileChecker() });
        if (diagnostics.length > 0) {
          const lines = formatText(diagnostics);
          if (hasErrors(diagnostics)) {
            if (process.env.GITHUB_ACTIONS === 'true') console.log(formatGithub(diagnostics));
            const report = `コンテンツに誤りがあります。\n${lines}\n${summary(diagnostics)}`;
            if (mode === 'report-only') {
              // The documented escape hatch (validation-mode.ts): say everything, then go on.
              const loaded = await loadContentOnce(dir);
              const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
              console.error(
                `${reportOnlyWarning(loaded)}\nコンテンツに誤りがあります（エラー ${errors} 件）。\n${lines}\n${reportOnlyWarning(loaded)}`,
              );
              addWatchFile(path.join(dir, 'site.yaml'));
              return;
            }
            if (command === 'build') {
              // The list is the whole message: a stack trace of ours would only hide it.
              console.error(report);
              process.exit(1);
            }
            throw new ContentError(report);
          }
          logger.warn(`\n${lines}\n${summary(diagnostics)}`);
        }
        addWatchFile(path.join(dir, 'site.yaml'));
      },
      'astro:server:setup': ({ server, logger }) => {
        const dir = contentDir();
        server.watcher.add(dir);
        const changed = (file: string) => {
          if (!isInside(dir, file)) return;
          // The watcher follows links; what a linked folder holds is not content (the validator
          // reports the link itself), and its names are not ours to print.
          if (isUnderLink(dir, file)) return;
          invalidateContent(dir);
          // Under `npm run cms` the change is the editor's own save: a reload would restart the
          // editor in the middle of its work. The site's pages show the change when reloaded.
          if (cmsLocalFromEnv(process.env)) return;
          logger.info(`${path.relative(dir, file)} が変わりました。ページを読み込み直します`);
          server.ws.send({ type: 'full-reload' });
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, changed);
      },
    },
  };
}
