import noHardcodedCredentials from './no-hardcoded-credentials';
import noHardcodedSessionCredentials from './no-hardcoded-session-credentials';
import noSharedSession from './no-shared-session';
import requireTokenExpiry from './require-token-expiry';
import requireTokenRole from './require-token-role';

/** Every rule of the plugin, by name. */
export const rules = {
  'no-hardcoded-credentials': noHardcodedCredentials,
  'no-hardcoded-session-credentials': noHardcodedSessionCredentials,
  'no-shared-session': noSharedSession,
  'require-token-expiry': requireTokenExpiry,
  'require-token-role': requireTokenRole,
};

export type RuleName = keyof typeof rules;
