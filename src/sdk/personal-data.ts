/**
 * Names that mean "personal information" when they label a value in token connection data (guide: "Don't use
 * personal information in token data"; shared/sdk-reference.md section 6 #14). The vocabulary is data: categories of
 * name patterns, and a matcher that compares identifiers, object keys and query-string keys against them.
 *
 * How a name is matched (docs/rules/no-pii-in-token-data.md, "How names are matched"):
 * 1. The name is split into lower-case words at case changes, `_`, `-`, `.`, `[`, `]`, spaces and letter-digit
 *    boundaries (`emailAddress`, `EMAIL_ADDRESS`, `e-mail address`, `user[email]` → `email address`, …); trailing
 *    numbers are dropped (`address2`, `cvv2`).
 * 2. A *suffix* pattern matches when the name ends with its words, at a word boundary, optionally plural:
 *    `email` matches `email`, `e_mail`, `userEmail`, `user_emails`, `EMAIL`, not `voicemail` or `emailVerified`.
 *    The words are compared joined, so `e_mail`, `e-mail` and `email` are the same name.
 * 3. An *exact* pattern matches only the whole name, or the name after leading owner words (`user`, `customer`,
 *    `participant`, …): `address` matches `address` and `userAddress`, not `serverAddress` or `addressBookId`. A
 *    member's object counts as its owner: `user.address` and `req.body.address` match, `server.address` does not.
 * 4. A name that starts with a flag verb (`is`, `has`, `can`, …) is a flag about the data, not the data:
 *    `isEmailVerified`, `hasPhone`.
 * 5. `no`, `num`, `nr` and `nbr` read as `number`, `addr` as `address` (`passportNo`, `ipAddr`); a trailing `number`
 *    may be left off (`ssnNumber` is `ssn`, `streetNo` is `street`).
 * The longest matching pattern decides the category (`ipAddress` is an IP address, `emailAddress` an e-mail address).
 */

export type PersonalDataCategoryId =
  | 'email'
  | 'phone'
  | 'postalAddress'
  | 'legalName'
  | 'birthDate'
  | 'nationalId'
  | 'payment'
  | 'network'
  | 'location'
  | 'displayName'
  | 'configured';

export interface PersonalDataCategory {
  id: PersonalDataCategoryId;
  /** How messages name the category: "Token data includes <label> (`field`)". */
  label: string;
  /** Patterns the end of a name must match (`email` → `userEmail`). */
  suffixNames: readonly string[];
  /** Patterns the whole name must match, possibly after owner words (`address` → `userAddress`). */
  exactNames?: readonly string[];
  /** Checked only when the rule's option turns the category on. */
  optIn?: boolean;
}

export const PERSONAL_DATA_CATEGORIES: readonly PersonalDataCategory[] = [
  // Contact details: e-mail. Bare `mail` is the LDAP/AD attribute for the address; only as a whole name.
  { id: 'email', label: 'an e-mail address', suffixNames: ['email', 'email address', 'mail address'], exactNames: ['mail'] },
  // Contact details: phone. `mobile` and `cell` alone are device/table words, so only with `phone`/`number`.
  {
    id: 'phone',
    label: 'a phone number',
    suffixNames: ['phone', 'phone number', 'telephone', 'tel', 'mobile number', 'mobile phone', 'cell phone', 'cell number', 'msisdn', 'fax'],
  },
  // Where someone lives or receives mail. Bare `address` is too generic (server, wallet, memory address): whole name only.
  {
    id: 'postalAddress',
    label: 'a postal address',
    suffixNames: [
      'street address',
      'home address',
      'postal address',
      'mailing address',
      'billing address',
      'shipping address',
      'delivery address',
      'residential address',
      'physical address',
      'address line',
      'street',
      'house number',
      'postcode',
      'post code',
      'postal code',
      'zip',
      'zip code',
    ],
    exactNames: ['address'],
  },
  // A person's real (legal) name. The display name a user picks is `displayName`, below.
  {
    id: 'legalName',
    label: "a person's real name",
    suffixNames: ['full name', 'first name', 'last name', 'middle name', 'given name', 'family name', 'maiden name', 'legal name', 'real name', 'surname', 'forename', 'fname', 'lname'],
  },
  // Date and place of birth.
  {
    id: 'birthDate',
    label: 'a date of birth',
    suffixNames: ['birthday', 'birth date', 'date of birth', 'dob', 'birth year', 'birth place', 'place of birth'],
  },
  // Government, tax and health identifiers (US SSN, UK NI/NHS, EU and other national numbers, passports, licences).
  {
    id: 'nationalId',
    label: 'a national or government ID number',
    suffixNames: [
      'ssn',
      'social security',
      'social security number',
      'social insurance number',
      'national id',
      'national identity number',
      'national insurance number',
      'ni number',
      'tax id',
      'taxpayer id',
      'passport number',
      'passport id',
      'driver license',
      'drivers license',
      'driver licence',
      'drivers licence',
      'driving license',
      'driving licence',
      'id card number',
      'aadhaar',
      'nric',
      'cpf',
      'curp',
      'dni',
      'bsn',
      'pesel',
      'personnummer',
      'codice fiscale',
      'fiscal code',
      'nhs number',
      'medicare number',
      'medical record number',
      'mrn',
    ],
  },
  // Payment cards and bank accounts (PCI DSS data as well as personal data).
  {
    id: 'payment',
    label: 'a payment card or bank account number',
    suffixNames: ['credit card', 'debit card', 'card number', 'cc number', 'ccn', 'cvv', 'cvc', 'card cvc', 'card cvv', 'iban', 'bank account', 'routing number', 'sort code'],
  },
  // Network identifiers of the participant's device: an IP address is personal data (GDPR recital 30). A MAC address is
  // not in the list (browsers cannot read it; on a server it is the server's own): add it with `extraNames`.
  {
    id: 'network',
    label: 'an IP address',
    suffixNames: ['ip', 'ip address', 'ipv4', 'ipv6', 'ipv4 address', 'ipv6 address', 'remote address', 'forwarded for'],
  },
  // Precise location.
  { id: 'location', label: 'a precise location', suffixNames: ['latitude', 'longitude', 'geolocation', 'geo location', 'gps'] },
  // The name shown to other participants: often the person's real name, but usually meant to be shown (`checkDisplayNames`).
  {
    id: 'displayName',
    label: 'a display name',
    suffixNames: ['display name', 'user name', 'nickname', 'nick', 'screen name'],
    exactNames: ['name'],
    optIn: true,
  },
];

/**
 * Words in front of an exact pattern, or objects holding it, that say it is a person's: `userAddress`,
 * `participant.name`, `req.body.address`, `form.get('name')`, and `get` of a getter (`getAddress()`).
 */
export const OWNER_WORDS: readonly string[] = [
  'user',
  'customer',
  'patient',
  'member',
  'participant',
  'person',
  'contact',
  'caller',
  'guest',
  'attendee',
  'student',
  'employee',
  'profile',
  'personal',
  'my',
  'their',
  'body',
  'query',
  'params',
  'form',
  'fields',
  'values',
  'input',
  'get',
];

/** First words that make a name a flag about the data (`isEmailVerified`, `hasPhone`, `showEmail`). */
export const FLAG_WORDS: readonly string[] = ['is', 'has', 'have', 'can', 'should', 'was', 'did', 'does', 'needs', 'allow', 'show', 'hide', 'requires', 'use'];

/** Abbreviations read as the word they stand for: `passportNo`, `ipAddr`. */
export const WORD_ALIASES: ReadonlyMap<string, string> = new Map([
  ['no', 'number'],
  ['num', 'number'],
  ['nr', 'number'],
  ['nbr', 'number'],
  ['addr', 'address'],
]);

/** Names that end like a pattern but are not personal data: `iPhone` splits into `i phone`. */
export const NOT_PERSONAL_NAMES: readonly string[] = ['iphone'];

/** A name split into words, and the same words joined, with where each word starts in the joined text. */
export interface NormalisedName {
  words: string[];
  joined: string;
  /** `starts[i]` is the offset of `words[i]` in `joined`. */
  starts: number[];
}

/** Splits `emailAddress`, `EMAIL_ADDRESS`, `e-mail`, `IPAddress`, `user[email]`, `address2` into lower-case words. */
export function normaliseName(name: string): NormalisedName {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])([0-9])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(word => word !== '')
    .map(word => WORD_ALIASES.get(word) ?? word);
  while (words.length > 0 && /^[0-9]+$/.test(words[words.length - 1] as string)) words.pop();
  const starts: number[] = [];
  let joined = '';
  for (const word of words) {
    starts.push(joined.length);
    joined += word;
  }
  return { words, joined, starts };
}

type PatternKind = 'suffix' | 'exact';

interface Pattern {
  joined: string;
  kind: PatternKind;
  category: PersonalDataCategory;
}

export interface PersonalDataMatcherOptions {
  /** More names to treat as personal data (suffix patterns). */
  extraNames: readonly string[];
  /** Names never to report (suffix patterns); they win over every category. */
  allowNames: readonly string[];
  /** Also report display names (`name`, `displayName`, `username`, `nickname`). */
  checkDisplayNames: boolean;
}

export const CONFIGURED_CATEGORY: PersonalDataCategory = {
  id: 'configured',
  label: 'personal data listed in `extraNames`',
  suffixNames: [],
};

const OWNERS = new Set(OWNER_WORDS);
const FLAGS = new Set(FLAG_WORDS);

/**
 * Compiles the vocabulary and the rule options once; `match(name)` is then a handful of `endsWith` checks per pattern.
 */
export class PersonalDataMatcher {
  private readonly patterns: Pattern[] = [];
  private readonly allowed: Pattern[] = [];

  constructor(options: PersonalDataMatcherOptions) {
    for (const category of PERSONAL_DATA_CATEGORIES) {
      if (category.optIn && !options.checkDisplayNames) continue;
      for (const name of category.suffixNames) this.add(this.patterns, name, 'suffix', category);
      for (const name of category.exactNames ?? []) this.add(this.patterns, name, 'exact', category);
    }
    for (const name of options.extraNames) this.add(this.patterns, name, 'suffix', CONFIGURED_CATEGORY);
    for (const name of [...NOT_PERSONAL_NAMES, ...options.allowNames]) this.add(this.allowed, name, 'suffix', CONFIGURED_CATEGORY);
  }

  /**
   * The category `name` belongs to, or `null` when it does not name personal data. `owner` is the name of the object
   * a member is read from (`user` in `user.address`): a bare exact name (`address`, `name`) counts only on an owner.
   */
  match(name: string, owner?: string): PersonalDataCategory | null {
    const normalised = normaliseName(name);
    const { words } = normalised;
    if (words.length > 1 && FLAGS.has(words[0] as string)) return null;
    if (this.allowed.some(pattern => matchLength(normalised, pattern, true) > 0)) return null;
    const ownerWords = owner === undefined ? [] : normaliseName(owner).words;
    const owned = ownerWords.length === 0 || OWNERS.has(ownerWords[ownerWords.length - 1] as string);
    const found = this.longest(normalised, owned);
    if (found || words[words.length - 1] !== 'number') return found;
    return this.longest(normaliseName(words.slice(0, -1).join(' ')), owned);
  }

  private longest(name: NormalisedName, owned: boolean): PersonalDataCategory | null {
    let best: Pattern | null = null;
    let bestLength = 0;
    for (const pattern of this.patterns) {
      const length = matchLength(name, pattern, owned);
      if (length > bestLength) {
        best = pattern;
        bestLength = length;
      }
    }
    return best?.category ?? null;
  }

  private add(into: Pattern[], name: string, kind: PatternKind, category: PersonalDataCategory): void {
    // Every name has a letter (the rule's schema requires one), so `joined` is never empty.
    into.push({ joined: normaliseName(name).joined, kind, category });
  }
}

/** How many characters of `name` the pattern covers (0: no match); `owned`: the holder of the name is a person's. */
function matchLength(name: NormalisedName, pattern: Pattern, owned: boolean): number {
  for (const plural of ['', 's', 'es']) {
    const text = pattern.joined + plural;
    if (!name.joined.endsWith(text)) continue;
    const start = name.joined.length - text.length;
    const index = name.starts.indexOf(start);
    if (index < 0) continue;
    if (pattern.kind === 'exact' && ((index === 0 && !owned) || !name.words.slice(0, index).every(word => OWNERS.has(word)))) continue;
    return text.length;
  }
  return 0;
}
