import noClientControlledRole from './no-client-controlled-role';
import noHardcodedCredentials from './no-hardcoded-credentials';
import noHardcodedSessionCredentials from './no-hardcoded-session-credentials';
import noInsecureUrl from './no-insecure-url';
import noPiiInTokenData from './no-pii-in-token-data';
import noSecretExposure from './no-secret-exposure';
import noSharedSession from './no-shared-session';
import noVerboseClientLogging from './no-verbose-client-logging';
import requireAuthenticatedEndpoint from './require-authenticated-endpoint';
import requireCapabilityCheck from './require-capability-check';
import requireMediaMode from './require-media-mode';
import requireTokenExpiry from './require-token-expiry';
import requireTokenRole from './require-token-role';
import validSessionOptions from './valid-session-options';

/** Every rule of the plugin, by name. */
export const rules = {
  'no-client-controlled-role': noClientControlledRole,
  'no-hardcoded-credentials': noHardcodedCredentials,
  'no-hardcoded-session-credentials': noHardcodedSessionCredentials,
  'no-insecure-url': noInsecureUrl,
  'no-pii-in-token-data': noPiiInTokenData,
  'no-secret-exposure': noSecretExposure,
  'no-shared-session': noSharedSession,
  'no-verbose-client-logging': noVerboseClientLogging,
  'require-authenticated-endpoint': requireAuthenticatedEndpoint,
  'require-capability-check': requireCapabilityCheck,
  'require-media-mode': requireMediaMode,
  'require-token-expiry': requireTokenExpiry,
  'require-token-role': requireTokenRole,
  'valid-session-options': validSessionOptions,
};

export type RuleName = keyof typeof rules;
