/**
 * What the rest of the app does with the linted file's routes (project model): a router the file exports is mounted
 * by another file, behind a guard or not (`app.use('/api', requireAuth, router)`); a controller handler the file exports
 * is registered in a routes file (`router.post('/x', checkJwt, ctl.create)`), where it is checked. Asked only for
 * routes that would otherwise be reported; any failure answers "not known", i.e. the one-file view.
 */
import fs from 'node:fs';

import type { TSESTree } from '@typescript-eslint/utils';

import { skipValueWrappers } from '../../ast';
import type { Route } from '../routes';
import { getProjectSetting } from '../../project/context';
import { exportedAs, findMounts } from '../../project/mounts';
import type { ExportedValue, Mount, MountOptions } from '../../project/mounts';

import type { EndpointFile } from './endpoint-file';

/** A file name the project model can work from: absolute, on disk. */
function realFile(filename: string): string | null {
  if (!/^(?:\/|[A-Za-z]:[\\/])/.test(filename)) return null;
  try {
    return fs.realpathSync(filename);
  } catch {
    return null;
  }
}

export class MountedElsewhere {
  private readonly target: string | null;
  private readonly answers = new Map<string, Mount[]>();

  constructor(private readonly file: EndpointFile) {
    const context = file.context;
    this.target = getProjectSetting(context.settings).enabled ? realFile(context.filename) : null;
  }

  private options(): MountOptions {
    const context = this.file.context;
    const languageOptions = context.languageOptions as { parser?: unknown; parserOptions?: Record<string, unknown> };
    return {
      cwd: context.cwd,
      tsconfig: getProjectSetting(context.settings).tsconfig,
      parser: { parser: languageOptions.parser, parserOptions: { ...languageOptions.parserOptions }, visitorKeys: this.file.sourceCode.visitorKeys, cwd: context.cwd },
      isGuard: node => this.file.guards.isGuard(node),
    };
  }

  private mountsOf(target: string, wanted: ExportedValue): Mount[] {
    const key = wanted.whole ? '' : `:${wanted.name}`;
    let mounts = this.answers.get(key);
    if (!mounts) {
      mounts = findMounts(target, wanted, this.options());
      this.answers.set(key, mounts);
    }
    return mounts;
  }

  /** The route is registered on a router this file exports, and every file that mounts that router does so behind a guard. */
  routerGuarded(route: Route): boolean {
    if (this.target === null) return false;
    // Routes with a registration have the object they are registered on.
    const receiver = skipValueWrappers(route.receiverNode as TSESTree.Node);
    if (receiver.type !== 'Identifier') return false;
    const exported = exportedAs(this.file.sourceCode.ast, this.file.variableOf(receiver), node => (node.type === 'Identifier' ? this.file.variableOf(node) : null));
    if (!exported) return false;
    const mounts = this.mountsOf(this.target, exported).filter(mount => !mount.registration);
    return mounts.length > 0 && mounts.every(mount => mount.guarded);
  }

  /** A handler this file exports is registered as a route in another file of the app (it is checked there). */
  registeredElsewhere(route: Route): boolean {
    if (this.target === null) return false;
    // Exported handlers are named by their export (`default` for the default export).
    const name = route.name as string;
    const wanted: ExportedValue = name === 'default' ? { whole: true } : { whole: false, name };
    return this.mountsOf(this.target, wanted).some(mount => mount.registration);
  }
}
