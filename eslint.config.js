import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', '.scratch/**', '.prof/**', 'bench/**', 'public/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // lib/ is the engine: it must run in Node and in any extension context, and never reach up into
    // the UI, the extension shells or their browser helpers.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'browser', 'chrome'],
      'no-restricted-imports': [
        'error',
        {
          paths: ['wxt/browser', 'webextension-polyfill'],
          patterns: [
            { group: ['**/components/**', '**/entrypoints/**', '**/utils/**'], message: 'lib/ is pure: it never imports components, entrypoints or utils.' },
            { group: ['wxt/*', 'wxt'], message: 'lib/ is pure: no extension framework.' },
            { group: ['vitest', 'fake-indexeddb', 'fake-indexeddb/*', 'linkedom', '**/tests/**'], message: 'test helpers live in tests/support, and only tests import them.' },
          ],
        },
      ],
    },
  },
  {
    // Unit tests beside the code may use test helpers and Node; the fences above are for what ships.
    files: ['lib/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['wxt/browser', 'webextension-polyfill'] }] },
  },
  {
    // Tools run in Node: they may share types with an extension page (the bench API), never its code.
    files: ['scripts/**/*.ts', 'scripts/**/*.mts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/entrypoints/**', '**/components/**'], message: 'scripts never run extension code.', allowTypeImports: true }] },
      ],
    },
  },
);
