import * as tsParser from '@typescript-eslint/parser';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { NODE_CRYPTO_MODULES, moduleMemberText } from '../../src/modules/module-bindings.js';

function memberText(code: string, member: string): string | null {
  let result: string | null = null;
  const linter = new Linter({ configType: 'flat' });
  linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser },
        plugins: {
          probe: {
            rules: {
              probe: {
                create(context) {
                  return {
                    'Program:exit'() {
                      result = moduleMemberText(context.sourceCode as unknown as SourceCode, NODE_CRYPTO_MODULES, member);
                    },
                  };
                },
              },
            },
          },
        },
        rules: { 'probe/probe': 'error' },
      },
    ],
    'file.ts',
  );
  return result;
}

describe('moduleMemberText', () => {
  it.each([
    ["import crypto from 'node:crypto';", 'crypto.randomBytes'],
    ["import * as nodeCrypto from 'crypto';", 'nodeCrypto.randomBytes'],
    ["import { randomBytes as rb } from 'crypto';", 'rb'],
    ["import { createHash } from 'crypto';", null],
    ["import crypto, { randomBytes } from 'crypto';", 'randomBytes'],
    ["const c = require('crypto');", 'c.randomBytes'],
    ["const { randomBytes } = require('node:crypto');", 'randomBytes'],
    ["import c = require('crypto');", 'c.randomBytes'],
    ["const c = await import('node:crypto');", 'c.randomBytes'],
    ["import type { Cipher } from 'crypto';", null],
    ["import crypto from 'crypto-js';", null],
  ])('%s', (code, expected) => {
    expect(memberText(code, 'randomBytes')).toBe(expected);
  });
});
