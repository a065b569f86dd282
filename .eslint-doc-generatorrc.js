/** @type {import('eslint-doc-generator').GenerateOptions} */
module.exports = {
  ruleDocTitleFormat: 'prefix-name',
  ruleListColumns: ['name', 'description', 'configsError', 'fixable', 'hasSuggestions', 'options'],
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
    ['all', '🌐'],
  ],
  ignoreConfig: ['all'],
  // Every page has an Options section ("This rule has no options." when it has none); tests/docs.test.ts checks it.
  ruleDocSectionOptions: false,
};
