import { readFileSync } from 'node:fs';

interface PackageJson {
  readonly name: string;
  readonly version: string;
}

/** Read our own package.json whether running from `src/` (tests) or `dist/src/` (published build). */
function readPackageJson(): PackageJson {
  for (const relative of ['../package.json', '../../package.json']) {
    try {
      const parsed = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as PackageJson;
      if (parsed.name === 'eslint-plugin-payment-security') return parsed;
    } catch {
      // try the next candidate
    }
  }
  throw new Error('eslint-plugin-payment-security: package.json not found');
}

const packageJson = readPackageJson();

export const PLUGIN_NAME = packageJson.name;
export const PLUGIN_VERSION = packageJson.version;
export const NAMESPACE = 'payment-security';
export const REPOSITORY_URL = 'https://github.com/payment-security/eslint-plugin-payment-security';
