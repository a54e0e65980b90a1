import { describe, expect, it } from 'vitest';
import { classifyRandomSink, hashNameContext, strongestHashContext } from '../../src/analyses/crypto-names.js';

describe('classifyRandomSink', () => {
  it.each([
    ['token', 'secret'],
    ['resetPasswordToken', 'secret'],
    ['csrfToken', 'secret'],
    ['apiKey', 'secret'],
    ['API_SECRET', 'secret'],
    ['sessionId', 'secret'],
    ['sid', 'secret'],
    ['otp', 'secret'],
    ['verificationCode', 'secret'],
    ['salt', 'secret'],
    ['pin', 'secret'],
    ['nonce', 'nonce'],
    ['idempotencyKey', 'idempotency'],
    ['Idempotency-Key', 'idempotency'],
    ['Cko-Idempotency-Key', 'idempotency'],
    ['PayPal-Request-Id', 'idempotency'],
    ['paypalRequestId', 'idempotency'],
    ['orderId', 'identifier'],
    ['paymentReference', 'identifier'],
    ['invoice_number', 'identifier'],
    ['iv', 'cipher'],
    ['encryptionKey', 'cipher'],
  ] as const)('%s → %s', (name, category) => {
    expect(classifyRandomSink(name)).toBe(category);
  });

  it.each([
    'key', 'cacheKey', 'TOKEN_KEY', 'tokenLength', 'tokenExpiresAt', 'isToken', 'nextPageToken', 'tokenizer',
    'requestId', 'traceId', 'delay', 'jitter', 'passwordField', 'nonceSize', 'demoToken', 'mockPassword', 'winnerId',
    'mapPin', 'tokenId', 'tokenVersion', 'nonceUsedAt', 'orderIdVersion', 'accountSid', 'messageSid', 'orderIdLength', 'showPassword', 'saltRounds', 'eventId', 'timestamp',
  ])('%s is not a sink', (name) => {
    expect(classifyRandomSink(name)).toBeNull();
  });

  it('strips generator verbs from function names only', () => {
    expect(classifyRandomSink('generateToken', { functionName: true })).toBe('secret');
    expect(classifyRandomSink('createResetCode', { functionName: true })).toBe('secret');
    expect(classifyRandomSink('makeIdempotencyKey', { functionName: true })).toBe('idempotency');
    expect(classifyRandomSink('generateId', { functionName: true })).toBeNull();
    expect(classifyRandomSink('randomColor', { functionName: true })).toBeNull();
  });

  it('accepts extra secret names by segments', () => {
    expect(classifyRandomSink('giftVoucherCode', { extraSecretNames: [['voucher', 'code']] })).toBe('secret');
    expect(classifyRandomSink('voucherCodeLength', { extraSecretNames: [['voucher', 'code']] })).toBeNull();
  });
});

describe('hashNameContext', () => {
  it.each([
    ['password', 'password'],
    ['newPassword', 'password'],
    ['DB_PASS', 'password'],
    ['passwordConfirm', 'password'],
    ['passwordHash', 'password'],
    ['hashedPassword', 'password'],
    ['cardNumber', 'pan'],
    ['pan', 'pan'],
    ['cvv', 'card'],
    ['passwordResetToken', 'secret'],
    ['passwordResetTokenHash', 'secret'],
    ['password_digest', 'password'],
    ['sessionToken', 'secret'],
    ['signature', 'secret'],
    ['sign', 'secret'],
    ['apiKey', 'secret'],
    ['merchantKey', 'secret'],
    ['etag', 'non-security'],
    ['cacheKey', 'non-security'],
    ['ContentMD5', 'non-security'],
    ['checksum', 'non-security'],
    ['gravatarUrl', 'non-security'],
    ['fileHash', 'non-security'],
  ] as const)('%s → %s', (name, context) => {
    expect(hashNameContext(name)).toBe(context);
  });

  it.each(['body', 'url', 'email', 'hash', 'digest', 'id', 'passThrough', 'orderId'])('%s has no context', (name) => {
    expect(hashNameContext(name)).toBeNull();
  });

  it('uses card context for ambiguous names', () => {
    expect(hashNameContext('number')).toBeNull();
    expect(hashNameContext('number', true)).toBe('pan');
  });

  it('lets non-security destinations veto and otherwise picks the strongest', () => {
    expect(strongestHashContext(['secret', 'non-security'])).toBe('non-security');
    expect(strongestHashContext([null, 'secret', 'password'])).toBe('password');
    expect(strongestHashContext([null])).toBeNull();
  });
});

describe('expressionNames', () => {
  it('collects names from concatenations, templates, members, constants and conversions', async () => {
    const tsParser = await import('@typescript-eslint/parser');
    const { Linter } = await import('eslint');
    const { expressionNames } = await import('../../src/analyses/crypto-names.js');
    let names: string[] = [];
    const linter = new Linter({ configType: 'flat' });
    linter.verify(
      "const joined = `${params}&key=${apiKey}`;\nhash(joined + card.number + JSON.stringify(payload) + String(pin) + Buffer.from(secret).toString());",
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
                      CallExpression(node) {
                        if (node.callee.type === 'Identifier' && node.callee.name === 'hash') {
                          names = expressionNames(context.sourceCode as never, node.arguments[0] as never).map(
                            ({ name, cardContext }) => `${name}${cardContext ? '*' : ''}`,
                          );
                        }
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
    expect(names).toEqual(['joined', 'params', 'apiKey', 'number*', 'payload', 'pin', 'secret']);
  });
});
