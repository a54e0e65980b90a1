import { describe, expect, it } from 'vitest';
import { packageOfFile } from '../../src/modules/type-checker.js';

describe('packageOfFile', () => {
  it('names the package a declaration file belongs to', () => {
    expect(packageOfFile('/app/node_modules/stripe/types/index.d.ts')).toBe('stripe');
    expect(packageOfFile('/app/node_modules/@nestjs/common/services/logger.service.d.ts')).toBe('@nestjs/common');
    expect(packageOfFile('C:\\app\\node_modules\\@types\\express-session\\index.d.ts')).toBe('express-session');
    expect(packageOfFile('/app/node_modules/@types/scope__name/index.d.ts')).toBe('@scope/name');
    expect(packageOfFile('/app/node_modules/a/node_modules/pino/pino.d.ts')).toBe('pino');
  });

  it('answers null for project files', () => {
    expect(packageOfFile('/app/src/stripe.ts')).toBeNull();
    expect(packageOfFile('/app/node_modules/')).toBeNull();
  });
});
