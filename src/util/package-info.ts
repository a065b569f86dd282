/**
 * Where the project lives, from one source of truth: `repository` in package.json. The plugin's `meta`, every rule's
 * `meta.docs.url` (and so the editor's docs link and SARIF's `helpUri`) are derived from it and from the version, so
 * whoever publishes sets the home once, in package.json, and every link follows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PackageInfo {
  name: string;
  version: string;
  repository?: string | { type?: string; url?: string; directory?: string };
}

/** This package's package.json, read once: `src/util/` and `dist/util/` are both two levels below the package root. */
export const packageInfo = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as PackageInfo;

const GITHUB_FORMS: readonly RegExp[] = [
  // https://github.com/o/r(.git), git+https://…, git://…, git+ssh://git@github.com/o/r.git
  /^(?:git\+)?(?:https?|git|ssh):\/\/(?:[^@/]+@)?github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/,
  // git@github.com:o/r.git
  /^git@github\.com:([\w.-]+)\/([\w.-]+?)(?:\.git)?$/,
  // npm shorthands: github:o/r and o/r
  /^(?:github:)?([\w.-]+)\/([\w.-]+)$/,
];

/**
 * The repository's web address (`https://github.com/<owner>/<repo>`) from any form npm accepts for a GitHub
 * `repository`. Throws on anything else: the docs links are built from it, and a wrong link must fail the tests, not
 * ship.
 */
export function repositoryWebUrl(repository: PackageInfo['repository']): string {
  const url = (typeof repository === 'string' ? repository : repository?.url ?? '').trim();
  for (const form of GITHUB_FORMS) {
    const match = form.exec(url);
    if (match) return `https://github.com/${match[1]}/${match[2]}`;
  }
  throw new Error(`package.json "repository" must name a GitHub repository (got ${JSON.stringify(repository)})`);
}

/**
 * The web address of the package root as tagged for this version (`…/blob/v<version>`, the tag release-please
 * creates), so a user on an older version reads the docs of the rules and options they have.
 */
export function versionedTreeUrl(pkg: PackageInfo): string {
  const directory = typeof pkg.repository === 'object' && pkg.repository.directory ? `/${pkg.repository.directory.replace(/^\/+|\/+$/g, '')}` : '';
  return `${repositoryWebUrl(pkg.repository)}/blob/v${pkg.version}${directory}`;
}
