/**
 * The practices of Vonage's guide "Securing your app that uses the Vonage Video API", in the guide's order. Each rule
 * names the sections it enforces in `meta.docs.guideSection` (`; `-separated titles from this list); the README's
 * coverage table is generated from both (`scripts/guide-coverage.mjs`), so a rule, a practice with no rule, and the
 * notes can never drift apart.
 */

export interface GuidePractice {
  /** The guide's section titles, as written in the guide (and in `guideSection`); one row may cover several. */
  sections: readonly string[];
  /** What the rules check for this practice, or, with no rule, why code cannot show it and what to do instead. */
  notes: string;
  /** A rule that serves the practice through an option rather than by default. */
  throughOption?: { rule: string; option: string };
}

export const GUIDE_PRACTICES: readonly GuidePractice[] = [
  {
    sections: ['Serve content using HTTPS URLs'],
    notes: '`http:`/`ws:`/`rtmp:` and unencrypted SIP in Vonage contexts',
  },
  {
    sections: ['Keep the API key and secret private and secure'],
    notes:
      'secrets, private keys and e2ee secrets in code; secrets sent in responses, logged, given a browser-public env prefix, server SDKs in browser code, `DEBUG` namespaces that print keys',
  },
  {
    sections: ['Generate a unique session ID per call and token per participant'],
    notes: 'one session for every call; session IDs and tokens written into code; tokens that outlive the call, or whose `expireTime` is in milliseconds or a duration',
  },
  {
    sections: ['Ensure server generating token is behind authenticated endpoint'],
    notes: 'Express, Koa, Hono, Fastify, NestJS, Next.js, SvelteKit, Remix, Nuxt, Firebase, Lambda/Netlify',
  },
  {
    sections: ["Don't use personal information in token data"],
    notes:
      'names, e-mail, phone, address, birth date, national IDs…, and data over 1000 characters; token data is readable through client logs, so `OT.setLogLevel(OT.DEBUG)` left in code is reported too',
  },
  {
    sections: ['Relayed vs Routed Mode', 'End to End Media Encryption'],
    notes: 'archiving on relayed sessions, e2ee with archiving or relayed, e2ee silently dropped by `@vonage/video`, one SDK\'s media mode given to the other',
  },
  {
    sections: ['Manage archive deletion'],
    notes:
      'an account setting (disable archive storage fallback) and an operational process (delete archives after download); code cannot show them. Disable the fallback in the Video API account and delete archives after download.',
  },
  {
    sections: ['Control who is able to begin archiving'],
    notes: 'archive start/stop/delete routes need authentication',
  },
  {
    sections: ['Ensure minimum set of privileges'],
    notes: 'the archive upload credentials\' permissions are a cloud IAM policy outside the code; grant only the upload permissions the guide lists.',
  },
  {
    sections: ['Limit maximum number of users in a session'],
    notes: "name the project's capacity check; token routes without it are reported",
    throughOption: { rule: 'require-authenticated-endpoint', option: 'requiredGuards' },
  },
  {
    sections: ['Display subscriber count'],
    notes: 'a UI choice, not a security property code can check.',
  },
  {
    sections: ['Set up Moderator permissions to force disconnect'],
    notes: 'moderation calls behind a capability check in the client, authentication on the server, and never a role the caller chooses',
  },
  {
    sections: ['Allocate Subscriber-only permissions for those that do not need to publish'],
    notes: 'an explicit, valid role on every token; never a role the caller chooses',
  },
];

/** The guide section titles a rule's `guideSection` names. */
export function guideSectionsOf(guideSection: string): string[] {
  return guideSection.split(';').map(title => title.trim()).filter(Boolean);
}
