/**
 * Files whose scripts eslint-plugin-html lints: it patches ESLint's `Linter` to lint the `<script>` contents of a page
 * and maps each report's location and autofix back into the page, but not a suggestion's edit (eslint-plugin-html
 * 8.2.1): a suggestion accepted there lands at the script's offsets in the page (`<script>` became `<schttps>`).
 * Rules offer no suggestions in these files; autofixes, which are mapped, stay.
 *
 * The signal is eslint-plugin-html's own: the file name ends with one of its HTML or XML extensions, its defaults or
 * those the config sets (`settings['html/html-extensions']`, `settings['html/xml-extensions']`).
 */

/** eslint-plugin-html's default extensions (src/settings.js). */
const HTML_EXTENSIONS = ['.erb', '.handlebars', '.hbs', '.htm', '.html', '.mustache', '.nunjucks', '.php', '.tag', '.riot', '.twig', '.we'];
const XML_EXTENSIONS = ['.xhtml', '.xml'];

function listSetting(settings: Readonly<Record<string, unknown>> | undefined, name: string): readonly string[] | null {
  const value = settings?.[`html/${name}`];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : null;
}

/** The extensions eslint-plugin-html lints under these settings, as its `getSettings` computes them. */
function pageExtensions(settings: Readonly<Record<string, unknown>> | undefined): readonly string[] {
  const html = listSetting(settings, 'html-extensions');
  const xml = listSetting(settings, 'xml-extensions');
  return [...(html ?? HTML_EXTENSIONS.filter(extension => !xml?.includes(extension))), ...(xml ?? XML_EXTENSIONS.filter(extension => !html?.includes(extension)))];
}

/** Whether the file (or, under a processor, the physical file it came from) is a page whose suggestions would land wrong. */
export function isEmbeddedScriptFile(context: { filename: string; physicalFilename?: string; settings?: Readonly<Record<string, unknown>> }): boolean {
  const extensions = pageExtensions(context.settings);
  const names = [context.filename, context.physicalFilename ?? context.filename];
  return names.some(name => extensions.some(extension => name.endsWith(extension.startsWith('.') ? extension : `.${extension}`)));
}
