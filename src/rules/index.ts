import noHardcodedCredentials from './no-hardcoded-credentials';
import noHardcodedSessionCredentials from './no-hardcoded-session-credentials';

/** Every rule of the plugin, by name. */
export const rules = {
  'no-hardcoded-credentials': noHardcodedCredentials,
  'no-hardcoded-session-credentials': noHardcodedSessionCredentials,
};

export type RuleName = keyof typeof rules;
