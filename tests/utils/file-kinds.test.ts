import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, parseForESLint } from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { describe, expect, it } from 'vitest';
import {
  classifyFile,
  importMarker,
  isSecretEnvName,
  moduleDirective,
  publicEnvPrefixOf,
} from '../../src/modules/file-kinds.js';

const program = (code: string) => parse(code, { jsx: true, sourceType: 'module' }) as TSESTree.Program;
const cwd = '/repo';
const visitorKeys = parseForESLint('', {}).visitorKeys as SourceCode.VisitorKeys;

describe('moduleDirective / importMarker', () => {
  it('reads the leading directive only', () => {
    expect(moduleDirective(program("'use client';\nexport {};"))).toBe('use client');
    expect(moduleDirective(program('"use strict";\n"use server";\nexport {};'))).toBe('use server');
    expect(moduleDirective(program("import x from 'y';\n'use client';"))).toBeNull();
    expect(moduleDirective(program("const s = 'use client';"))).toBeNull();
  });
  it('finds server-only / client-only imports', () => {
    expect(importMarker(program("import 'server-only';"))).toBe('server');
    expect(importMarker(program("import 'client-only';"))).toBe('client');
    expect(importMarker(program("import React from 'react';"))).toBeNull();
  });
});

describe('classifyFile', () => {
  const empty = program('export {};');
  it.each([
    ['/repo/app/page.tsx', "'use client';", 'client'],
    ['/repo/app/actions.ts', "'use server';", 'server'],
    ['/repo/lib/stripe.ts', "import 'server-only';", 'server'],
    ['/repo/app/api/checkout/route.ts', "'use client';", 'client'],
  ])('%s with %s → %s', (filename, code, kind) => {
    expect(classifyFile(filename, program(code), { cwd })).toBe(kind);
  });
  it.each([
    ['/repo/app/api/checkout/route.ts', 'server'],
    ['/repo/pages/api/pay.js', 'server'],
    ['/repo/app/(shop)/webhooks/route.ts', 'server'],
    ['/repo/app/payments.server.ts', 'server'],
    ['/repo/src/Checkout.client.tsx', 'client'],
    ['/repo/src/lib/stripe.ts', 'unknown'],
    ['/repo/app/checkout/page.tsx', 'unknown'],
    ['<input>', 'unknown'],
  ])('%s → %s by name', (filename, kind) => {
    expect(classifyFile(filename, empty, { cwd })).toBe(kind);
  });
  it('honours custom globs (replacing the defaults)', () => {
    expect(classifyFile('/repo/src/components/Pay.tsx', empty, { cwd, clientFiles: ['src/components/**'] })).toBe('client');
    expect(classifyFile('/repo/src/Pay.client.tsx', empty, { cwd, clientFiles: ['src/components/**'] })).toBe('unknown');
    expect(classifyFile('/repo/src/components/Pay.tsx', empty, { cwd, clientFiles: ['src/components/**'], serverFiles: ['src/**'] })).toBe('server');
  });
});

describe('classifyFile: serverless functions and back-end packages', () => {
  const root = mkdtempSync(join(tmpdir(), 'payment-security-kinds-'));
  const packages: Record<string, object> = {
    backend: { dependencies: { express: '^4.18.2', razorpay: '^2.8.6', dotenv: '^16.0.0' } },
    functions: { dependencies: { 'firebase-functions': '^4.0.0', stripe: '^12.0.0' } },
    fullstack: { dependencies: { express: '^4.18.2', react: '^18.2.0' } },
    frontend: { dependencies: { react: '^18.2.0', 'react-scripts': '5.0.1' } },
    library: { dependencies: { stripe: '^12.0.0' } },
    nest: { dependencies: { '@nestjs/common': '^11.0.1', '@nestjs/core': '^11.0.1', stripe: '^17.0.0' } },
    'nest-angular': { dependencies: { '@nestjs/core': '^11.0.1', '@angular/core': '^19.0.0' } },
  };
  for (const [name, manifest] of Object.entries(packages)) {
    mkdirSync(join(root, name, 'src'), { recursive: true });
    writeFileSync(join(root, name, 'package.json'), JSON.stringify(manifest));
  }
  const empty = program('export {};');
  it.each([
    ['backend', 'server'],
    ['functions', 'server'],
    ['fullstack', 'unknown'],
    ['frontend', 'unknown'],
    ['library', 'unknown'],
  ])('a file of the %s package → %s', (name, kind) => {
    expect(classifyFile(join(root, name, 'src', 'payment.js'), empty, { cwd: root })).toBe(kind);
  });
  it('a client glob wins over the package', () => {
    expect(classifyFile(join(root, 'backend', 'src', 'Pay.client.js'), empty, { cwd: root })).toBe('client');
  });
  it('except in NestJS code, where `*.client.ts` names an API-client provider', () => {
    // The package lists @nestjs/core, or the module imports a @nestjs/ package (no package.json needed).
    expect(classifyFile(join(root, 'nest', 'src', 'stripe.client.ts'), empty, { cwd: root })).toBe('server');
    const provider = program("import { Provider } from '@nestjs/common';\nimport Stripe from 'stripe';\nexport const p: Provider = { provide: 'S', useFactory: () => new Stripe(k) };");
    expect(classifyFile('/repo/src/stripe/stripe.client.ts', provider, { cwd })).toBe('server');
    // A Nest back end next to a UI framework, or a browser module of an Express package, keeps the convention;
    // so do custom client globs.
    expect(classifyFile(join(root, 'nest-angular', 'src', 'stripe.client.ts'), empty, { cwd: root })).toBe('client');
    expect(classifyFile('/repo/src/stripe.client.ts', program("import { loadStripe } from '@stripe/stripe-js';"), { cwd })).toBe('client');
    expect(classifyFile('/repo/src/stripe.client.ts', provider, { cwd, clientFiles: ['**/*.client.*'] })).toBe('client');
    expect(classifyFile('/repo/src/stripe/stripe.client.ts', provider, { cwd, clientFiles: ['**/*.client.*', '**/*.client/**', '**/*.vue'] })).toBe('server');
  });
  const lambda = (code: string) => classifyFile('/repo/src/functions/index.js', program(code), { cwd, visitorKeys });
  it('an exported handler that answers with a statusCode is a serverless function', () => {
    expect(lambda('exports.handler = async (event) => ({ statusCode: 200, body: event.body });')).toBe('server');
    expect(lambda('module.exports.handler = async () => { return { statusCode: 204 }; };')).toBe('server');
    expect(lambda("export async function handler() { return { 'statusCode': 200 }; }")).toBe('server');
    expect(lambda('const handler = async () => ({ statusCode: 200 });\nmodule.exports = { handler };')).toBe('server');
  });
  it('an exported handler without a statusCode response, or a statusCode without the export, is not', () => {
    expect(lambda('export const handler = (event) => console.log(event);')).toBe('unknown');
    expect(lambda('export const onClick = () => ({ statusCode: 200 });')).toBe('unknown');
    expect(classifyFile('/repo/src/functions/index.js', program('exports.handler = () => ({ statusCode: 200 });'), { cwd })).toBe('unknown');
  });
});

describe('environment names', () => {
  it.each([
    'STRIPE_SECRET_KEY', 'PAYPAL_CLIENT_SECRET', 'BRAINTREE_PRIVATE_KEY', 'DB_PASSWORD', 'STRIPE_RESTRICTED_KEY',
    'NEXT_PUBLIC_STRIPE_SK', 'STRIPE_WEBHOOK_SECRET', 'VITE_SECRETKEY',
  ])('%s is secret', (name) => {
    expect(isSecretEnvName(name)).toBe(true);
  });
  it.each([
    'STRIPE_PUBLISHABLE_KEY', 'NEXT_PUBLIC_FIREBASE_API_KEY', 'AWS_SECRET_NAME', 'PRIVATE_BETA', 'NEXT_PUBLIC_PRIVACY_URL',
    'VITE_MAPBOX_ACCESS_TOKEN', 'SKU_PREFIX', 'NEXT_PUBLIC_ADYEN_CLIENT_KEY', 'SECRET_ARN',
  ])('%s is not secret', (name) => {
    expect(isSecretEnvName(name)).toBe(false);
  });
  it('publicEnvPrefixOf', () => {
    expect(publicEnvPrefixOf('NEXT_PUBLIC_X')).toBe('NEXT_PUBLIC_');
    expect(publicEnvPrefixOf('PUBLIC_X')).toBe('PUBLIC_');
    expect(publicEnvPrefixOf('STRIPE_X')).toBeNull();
    expect(publicEnvPrefixOf('MY_X', ['MY_'])).toBe('MY_');
  });
});
