/**
 * The plugin's shared settings, `settings['vonage-video']` in an ESLint config. ESLint has no schema for settings, so
 * they are checked here: an unknown key or value throws an `Error` that names the setting and what it accepts, from the
 * first rule that runs, once per settings object (ESLint hands the same merged object to every file of a config).
 *
 * To add a setting, add a row to `KNOWN_SETTINGS`.
 */

export const SETTINGS_KEY = 'vonage-video';

interface KnownSetting {
  /** What it accepts, as the error message says it. */
  readonly accepts: string;
  readonly isValid: (value: unknown) => boolean;
}

const oneOf = (...values: readonly string[]): KnownSetting => ({
  accepts: values.map(value => `'${value}'`).join(' or '),
  isValid: value => typeof value === 'string' && values.includes(value),
});
/** `true`, `false`, or `{ tsconfig: '<path>' }` (a non-empty string, and no other key). */
const PROJECT: KnownSetting = {
  accepts: "true, false or { tsconfig: '<path>' }",
  isValid: value =>
    typeof value === 'boolean' ||
    (typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      Object.keys(value).length === 1 &&
      typeof (value as { tsconfig?: unknown }).tsconfig === 'string' &&
      (value as { tsconfig: string }).tsconfig !== ''),
};

/** Every shared setting: its name → what it accepts. */
export const KNOWN_SETTINGS: Readonly<Record<string, KnownSetting>> = {
  /** Which SDK calls rules check: `'all'` (default) also matches calls by name; `'tracked'` only traced ones. */
  detection: oneOf('all', 'tracked'),
  /** Whether rules may read the app's other modules (issue 12), optionally naming the tsconfig whose paths apply. */
  project: PROJECT,
};

const checked = new WeakSet<object>();

function describeValue(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 39)}…` : value}'`;
  if (typeof value === 'object' && value !== null) return Array.isArray(value) ? 'an array' : 'an object';
  return String(value);
}

function known(): string {
  return Object.entries(KNOWN_SETTINGS)
    .map(([name, setting]) => `${name} (${setting.accepts})`)
    .join(', ');
}

const NO_SETTINGS: Readonly<Record<string, unknown>> = Object.freeze({});

/**
 * The last settings object read and its answer: every rule asks for every file, and ESLint hands all files of one
 * configuration the same object, so a pointer comparison answers almost every call (a property read on ESLint's
 * settings object costs far more in a real lint than in isolation).
 */
let lastSettings: Readonly<Record<string, unknown>> | undefined;
let lastOwn: Readonly<Record<string, unknown>> = NO_SETTINGS;

/**
 * The plugin's own settings from `context.settings`, after checking them; `{}` when there are none.
 * @throws Error naming the first unknown setting or invalid value, and what is accepted
 */
export function readSettings(settings: Readonly<Record<string, unknown>> | undefined): Readonly<Record<string, unknown>> {
  if (settings === lastSettings && settings !== undefined) return lastOwn;
  const own = checkedSettings(settings);
  lastSettings = settings;
  lastOwn = own;
  return own;
}

function checkedSettings(settings: Readonly<Record<string, unknown>> | undefined): Readonly<Record<string, unknown>> {
  const own = settings?.[SETTINGS_KEY];
  if (own === undefined) return NO_SETTINGS;
  if (typeof own !== 'object' || own === null || Array.isArray(own)) {
    throw new Error(`eslint-plugin-vonage-video: settings['${SETTINGS_KEY}'] must be an object with these settings: ${known()}; got ${describeValue(own)}.`);
  }
  if (checked.has(own)) return own as Record<string, unknown>;
  for (const [name, value] of Object.entries(own)) {
    const setting = KNOWN_SETTINGS[name];
    if (!setting) {
      throw new Error(`eslint-plugin-vonage-video: unknown setting settings['${SETTINGS_KEY}'].${name}. Known settings: ${known()}.`);
    }
    if (!setting.isValid(value)) {
      throw new Error(`eslint-plugin-vonage-video: settings['${SETTINGS_KEY}'].${name} accepts ${setting.accepts}; got ${describeValue(value)}.`);
    }
  }
  checked.add(own);
  return own as Record<string, unknown>;
}
