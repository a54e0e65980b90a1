/**
 * Options module for `ESLint.fromOptionsModule()`: ESLint's worker threads (`--concurrency`) import this file and
 * rebuild the exact options of the main thread from the settings encoded in the module URL (`?settings=...`).
 */
import { buildEslintOptions, decodeSettings } from './eslint-options.js';

export default await buildEslintOptions(decodeSettings(new URL(import.meta.url).searchParams.get('settings')));
