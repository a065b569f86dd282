/** CI output through the ESLint 10 CLI: SARIF, --cache, --concurrency (the suite is in cli-suite.ts). */
import { cliSuite } from './cli-suite';

cliSuite('eslint');
