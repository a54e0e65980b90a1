import { describe, expect, it } from 'vitest';
import { findModuleImports, isModuleOrSubpath } from '../../src/modules/module-imports.js';
import { withSourceCode } from './probe.js';

function imports(code: string): string[] {
  return withSourceCode(code, (sourceCode) =>
    findModuleImports(sourceCode).map(
      (found) => `${found.kind} ${found.module}${found.typeOnly ? ' (type)' : ''}@${found.source.loc.start.line}`,
    ),
  );
}

describe('findModuleImports', () => {
  it('finds every static way to load a module', () => {
    const code = [
      "import a from 'paypal-rest-sdk';",
      "export { b } from './b';",
      "export * from 'node:fs';",
      "import c = require('square');",
      "const d = require('braintree');",
      "const e = await import('stripe');",
      "import 'side-effect';",
    ].join('\n');
    expect(imports(code)).toEqual([
      'import paypal-rest-sdk@1',
      'export-from ./b@2',
      'export-from fs@3',
      'import-equals square@4',
      'require braintree@5',
      'dynamic-import stripe@6',
      'import side-effect@7',
    ]);
  });

  it('marks type-only imports', () => {
    expect(imports("import type { P } from 'paypal-rest-sdk';\nimport { type Q } from 'x';\nimport { type R, S } from 'y';")).toEqual([
      'import paypal-rest-sdk (type)@1',
      'import x (type)@2',
      'import y@3',
    ]);
  });

  it('ignores dynamic names and local require functions', () => {
    expect(imports("const name = pick();\nrequire(name);\nawait import(name);")).toEqual([]);
    expect(imports("function load(require: (m: string) => unknown) { return require('paypal-rest-sdk'); }")).toEqual([]);
    expect(imports("const require = (m: string) => m;\nrequire('paypal-rest-sdk');")).toEqual([]);
  });

  it('accepts createRequire and template names without expressions', () => {
    const code = "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nconst p = require(`paypal-rest-sdk`);";
    expect(imports(code)).toEqual(['import module@1', 'require paypal-rest-sdk@3']);
  });
});

describe('isModuleOrSubpath', () => {
  it('matches the package and its sub-paths only', () => {
    expect(isModuleOrSubpath('paypal-rest-sdk', 'paypal-rest-sdk')).toBe(true);
    expect(isModuleOrSubpath('paypal-rest-sdk/lib/api', 'paypal-rest-sdk')).toBe(true);
    expect(isModuleOrSubpath('paypal-rest-sdk-x', 'paypal-rest-sdk')).toBe(false);
    expect(isModuleOrSubpath('@paypal/checkout-server-sdk-types', '@paypal/checkout-server-sdk')).toBe(false);
  });
});
