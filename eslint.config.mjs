// Lint rules for the project's JavaScript: the page (browser modules), the
// host pages' script (a classic script), and the Node tests, benches and tools.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['build/**', 'node_modules/**'] },
  js.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      eqeqeq: ['error', 'always'],
      'no-var': 'error',
      'prefer-const': 'error',
      'no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'object-shorthand': 'error',
    },
  },
  { files: ['web/**', 'wasm/**'], languageOptions: { globals: globals.browser } },
  // wasm/tradeoff.mjs also runs in Node.
  { files: ['wasm/**'], languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  { files: ['web/embed.js'], languageOptions: { sourceType: 'script' } },
  {
    files: ['tests/**', 'bench/**', 'tools/**', '*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
];
