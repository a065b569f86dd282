// Lints the plugin's own sources: the rules with eslint-plugin-eslint-plugin, the tests with its test rules.
import js from '@eslint/js';
import tsParser from '@typescript-eslint/parser';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import globals from 'globals';

export default [
  { ignores: ['dist/', 'dist-check/', 'coverage/', 'node_modules/', 'tests/fixtures/', 'tests/**/fixtures/', 'tests/precision/traps/'] },
  {
    files: ['**/*.ts', '**/*.mts'],
    languageOptions: { parser: tsParser, parserOptions: { sourceType: 'module' }, globals: globals.node },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    ...js.configs.recommended,
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/rules/**/*.ts'],
    ...eslintPlugin.configs['rules-recommended'],
    rules: {
      ...eslintPlugin.configs['rules-recommended'].rules,
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Enforce|Require|Disallow)' }],
      'eslint-plugin/require-meta-docs-url': 'off', // RuleCreator builds the URL from the rule name
      'eslint-plugin/require-meta-schema-description': 'error',
      'eslint-plugin/require-meta-default-options': 'error',
      'eslint-plugin/no-meta-schema-default': 'error',
      'eslint-plugin/require-meta-has-suggestions': 'error',
      'eslint-plugin/prefer-message-ids': 'error',
      'eslint-plugin/no-property-in-node': 'off',
    },
  },
  {
    // No function in src/ over 150 lines (issue 11).
    files: ['src/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 150, skipBlankLines: false, skipComments: false }] },
  },
  {
    files: ['tests/rules/**/*.ts'],
    ...eslintPlugin.configs['tests-recommended'],
    rules: {
      ...eslintPlugin.configs['tests-recommended'].rules,
      'eslint-plugin/require-test-error-positions': 'off', // positions are asserted; see tests/helpers
    },
  },
];
