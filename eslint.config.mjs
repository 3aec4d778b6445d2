// Lint: TypeScript rules, the layer boundary (lib/ is pure: no entrypoints,
// no extension APIs) and one HTML chokepoint (no raw innerHTML writes outside
// lib/sanitize.ts).
import tseslint from 'typescript-eslint';

const htmlSinks = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Render HTML only through lib/sanitize.ts (the DOMPurify chokepoint).' },
  { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln|createContextualFragment)$/]", message: 'Render HTML only through lib/sanitize.ts (the DOMPurify chokepoint).' },
  { selector: "CallExpression[callee.property.name='parseFromString']", message: 'Parse page HTML only through lib/sanitize.ts or lib/dom helpers.' },
];

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.output-e2e/', '.wxt/', '.artifacts/', 'bench-results/', 'public/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': ['error', ...htmlSinks],
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/entrypoints/**', '@/entrypoints/**'], message: 'lib/ may not import entrypoints/ (layers: entrypoints -> lib).' },
          { group: ['wxt/browser', 'wxt/*', 'webextension-polyfill', '#imports'], message: 'lib/ is pure: no extension APIs.' },
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'browser', message: 'lib/ is pure: pass what you need in.' },
        { name: 'chrome', message: 'lib/ is pure: pass what you need in.' },
        { name: 'document', message: 'lib/ takes a Document as a parameter.' },
        { name: 'window', message: 'lib/ takes a Window as a parameter.' },
        { name: 'localStorage', message: 'lib/ is pure.' },
        { name: 'indexedDB', message: 'lib/ takes the IndexedDB factory as a parameter.' },
      ],
    },
  },
  {
    files: ['lib/sanitize.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*.ts', '**/*.test.ts'],
    rules: { 'no-restricted-syntax': 'off', 'no-restricted-globals': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
