import { defineConfig } from 'vitest/config';

// Two projects:
//   unit — fast tests next to the code (src/**, scripts/**), plain Node.
//   e2e  — builds the sample site once (tests/e2e/global-setup.ts), serves it on
//          127.0.0.1 and drives Debian Chromium through playwright-core.
// `npm run test:unit` / `npm run test:e2e` run one of them; `npm test` runs both.
export default defineConfig({
  test: {
    // Root-only option: time given to globalSetup teardown (stopping the server).
    teardownTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/support/**/*.test.ts'],
          environment: 'node',
          // Some unit tests run the CLI scripts as child processes; on a busy 2-core CI machine
          // (the e2e build runs beside them) Vitest's 5 s default is too tight.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One browser-driving file at a time: the machine has 2 cores.
          fileParallelism: false,
          testTimeout: 60_000,
          // beforeAll/afterAll may launch Chromium; the site build itself runs in
          // globalSetup, which has no timeout of its own (see global-setup.ts).
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
