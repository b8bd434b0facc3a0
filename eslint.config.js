import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'tests/.artifacts/', 'demo-screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Demo seller pages and the do-nothing baseline extension are plain browser scripts.
    files: ['tests/fixtures/sites/**/*.js', 'tests/harness/baseline-extension/**/*.js', 'tests/harness/busy-extension/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  { files: ['tests/fixtures/tools/**/*.mjs'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never write scraped or page text as HTML.' },
        { property: 'outerHTML', message: 'Never write scraped or page text as HTML.' },
      ],
    },
  },
);
