import { describe, expect, it } from 'vitest';
import {
  MAX_NAME_LENGTH,
  classifyName,
  classifySegments,
  hasCardContext,
  indexOfSequence,
  isSecretName,
  isSecretSegments,
  isTokenName,
  isTokenSegments,
  matchesSequence,
  splitName,
} from '../../src/values/names.js';

describe('splitName', () => {
  it.each([
    ['cardNumber', ['card', 'number']],
    ['CardNumber', ['card', 'number']],
    ['card_number', ['card', 'number']],
    ['card-number', ['card', 'number']],
    ['card.number', ['card', 'number']],
    ['card number', ['card', 'number']],
    ['$cardNumber', ['card', 'number']],
    ['card$number', ['card', 'number']],
    ['CARD_NUMBER', ['card', 'number']],
    ['__card__number__', ['card', 'number']],
    ['CVVCode', ['cvv', 'code']],
    ['parseHTTPResponse', ['parse', 'http', 'response']],
    ['XMLHttpRequest', ['xml', 'http', 'request']],
    ['APIKey', ['api', 'key']],
    ['apiKey', ['api', 'key']],
    ['IOError', ['io', 'error']],
    ['PAN', ['pan']],
    ['cvv2', ['cvv2']],
    ['CVV2', ['cvv2']],
    ['CVV2Code', ['cvv2', 'code']],
    ['track1', ['track1']],
    ['track1Data', ['track1', 'data']],
    ['last4', ['last4']],
    ['cardLast4', ['card', 'last4']],
    ['last4Digits', ['last4', 'digits']],
    ['last4digits', ['last4', 'digits']],
    ['LAST_4', ['last', '4']],
    ['sha256hash', ['sha256', 'hash']],
    ['x509Cert', ['x509', 'cert']],
    ['3DSecure', ['3d', 'secure']],
    ['3ds2', ['3ds2']],
    ['URLs', ['urls']],
    ['getIDsList', ['get', 'ids', 'list']],
    ['userIDs', ['user', 'ids']],
    ['STRIPE_SECRET_KEY', ['stripe', 'secret', 'key']],
    ['NEXT_PUBLIC_STRIPE_KEY', ['next', 'public', 'stripe', 'key']],
    ['cc-exp-month', ['cc', 'exp', 'month']],
    ['payment[card][number]', ['payment', 'card', 'number']],
    ['número', ['número']],
    ['númeroTarjeta', ['número', 'tarjeta']],
    ['ÜberSecret', ['über', 'secret']],
    ['a', ['a']],
  ])('%s → %j', (name, expected) => {
    expect(splitName(name)).toEqual(expected);
  });

  it('returns [] for empty and separator-only names', () => {
    expect(splitName('')).toEqual([]);
    expect(splitName('___')).toEqual([]);
    expect(splitName('$')).toEqual([]);
    expect(splitName(' - . ')).toEqual([]);
  });

  it('does not split lowercase words (no substring matching)', () => {
    expect(splitName('panel')).toEqual(['panel']);
    expect(splitName('company')).toEqual(['company']);
    expect(splitName('secretary')).toEqual(['secretary']);
    expect(splitName('tokenizer')).toEqual(['tokenizer']);
  });

  it('returns [] for names over MAX_NAME_LENGTH and splits names at the limit', () => {
    expect(MAX_NAME_LENGTH).toBe(200);
    expect(splitName('a'.repeat(201))).toEqual([]);
    expect(splitName(`card_${'x'.repeat(195)}`)).toEqual(['card', 'x'.repeat(195)]);
    expect(splitName('cardNumber'.repeat(100_000))).toEqual([]);
  });
});

describe('indexOfSequence / matchesSequence', () => {
  const segments = ['credit', 'card', 'number', 'card', 'number'];

  it('finds contiguous whole-segment occurrences', () => {
    expect(indexOfSequence(segments, ['card', 'number'])).toBe(1);
    expect(indexOfSequence(segments, ['card', 'number'], 2)).toBe(3);
    expect(indexOfSequence(segments, ['card', 'number'], 4)).toBe(-1);
    expect(matchesSequence(segments, ['credit', 'card'])).toBe(true);
    expect(matchesSequence(segments, ['number'])).toBe(true);
  });

  it('rejects non-contiguous, partial-segment, too-long and empty sequences', () => {
    expect(matchesSequence(segments, ['credit', 'number'])).toBe(false);
    expect(matchesSequence(['cardnumber'], ['card'])).toBe(false);
    expect(matchesSequence(['cards', 'numbers'], ['card', 'number'])).toBe(false);
    expect(matchesSequence(['card'], ['card', 'number'])).toBe(false);
    expect(matchesSequence(segments, [])).toBe(false);
    expect(matchesSequence([], ['card'])).toBe(false);
  });
});

describe('classifyName', () => {
  it.each([
    ['cardNumber', 'pan'],
    ['card_number', 'pan'],
    ['CARD_NUMBER', 'pan'],
    ['cardNo', 'pan'],
    ['cardNum', 'pan'],
    ['cardnumber', 'pan'],
    ['ccNumber', 'pan'],
    ['cc-number', 'pan'],
    ['cc_number', 'pan'],
    ['ccnum', 'pan'],
    ['ccn', 'pan'],
    ['creditCardNumber', 'pan'],
    ['debitCardNumber', 'pan'],
    ['rawCardNumber', 'pan'],
    ['fullCardNumber', 'pan'],
    ['formattedCardNumber', 'pan'],
    ['cardNumberValue', 'pan'],
    ['pan', 'pan'],
    ['PAN', 'pan'],
    ['panNumber', 'pan'],
    ['primaryAccountNumber', 'pan'],
    ['cvv', 'cvv'],
    ['CVV', 'cvv'],
    ['cvv2', 'cvv'],
    ['cvc', 'cvv'],
    ['cvc2', 'cvv'],
    ['csc', 'cvv'],
    ['cvn', 'cvv'],
    ['cvvCode', 'cvv'],
    ['CVVCode', 'cvv'],
    ['securityCode', 'cvv'],
    ['cardSecurityCode', 'cvv'],
    ['security_code', 'cvv'],
    ['cardCode', 'cvv'],
    ['cardVerificationValue', 'cvv'],
    ['cc-csc', 'cvv'],
    ['expMonth', 'expiry'],
    ['exp_month', 'expiry'],
    ['expYear', 'expiry'],
    ['exp_year', 'expiry'],
    ['expirationDate', 'expiry'],
    ['expiryMonth', 'expiry'],
    ['expiration_year', 'expiry'],
    ['cardExpiry', 'expiry'],
    ['cc-exp', 'expiry'],
    ['cc-exp-month', 'expiry'],
    ['track1', 'track'],
    ['track2', 'track'],
    ['TRACK_2', 'track'],
    ['pinBlock', 'track'],
    ['pin_block', 'track'],
    ['magStripe', 'track'],
  ] as const)('%s → %s', (name, expected) => {
    expect(classifyName(name)).toBe(expected);
  });

  it('prefers the most sensitive class when a name mentions several', () => {
    expect(classifyName('cardNumberAndCvv')).toBe('cvv');
    expect(classifyName('panWithExpMonth')).toBe('pan');
    expect(classifyName('track2AndPan')).toBe('track');
  });

  it.each([
    'last4',
    'last_four',
    'lastFour',
    'LAST_4',
    'cardLast4',
    'last4Digits',
    'lastFourDigits',
    'brand',
    'cardBrand',
    'fingerprint',
    'funding',
    'bin',
    'cardBin',
    'first6',
    'maskedNumber',
    'maskedPan',
    'maskedCardNumber',
    'cardNumberLast4',
    'panLast4',
  ])('%s is safe', (name) => {
    expect(classifyName(name)).toBe('safe');
    expect(classifyName(name, { cardContext: true })).toBe('safe');
  });

  it.each([
    'cardNumberLength',
    'cardNumberMaxLength',
    'isValidCardNumber',
    'isCardNumberValid',
    'hasCvv',
    'cardNumberLabel',
    'cardNumberPlaceholder',
    'cardNumberHint',
    'cvvPattern',
    'cardNumberRegex',
    'CARD_NUMBER_REGEX',
    'cardNumberFormat',
    'cardNumberType',
    'cardNumberId',
    'cardNumberError',
    'cardNumberErrorMessage',
    'cardNumberInput',
    'cardNumberField',
    'CardNumberElement',
    'cardNumberRef',
    'onCardNumberChange',
    'handleCvvChange',
    'setCardNumber',
    'validateCardNumber',
    'encryptedCardNumber',
    'encryptedSecurityCode',
    'hashedPan',
    'panHash',
    'tokenizedPan',
    'cardNumberToken',
    'redactedCvv',
    'cvcCheck',
    'cvv_check',
    'cvvResponse',
    'cvvRequired',
    'showCvv',
    'expMonthOptions',
    'cardNumberStyle',
    'cardNumberKey',
    'track2Pattern',
    'pinBlockFormat',
  ])('%s is metadata about card data, so safe', (name) => {
    expect(classifyName(name)).toBe('safe');
  });

  it.each([
    'panel',
    'panelId',
    'panels',
    'company',
    'expand',
    'Japan',
    'japanese',
    'span',
    'pancake',
    'pandas',
    'expansion',
    'experience',
    'export',
    'expect',
    'expected',
    'expiresAt',
    'expires_at',
    'expiresIn',
    'expires',
    'expired',
    'isExpired',
    'cvs',
    'cv',
    'pinned',
    'spinner',
    'pinterest',
    'tracking',
    'trackEvent',
    'card',
    'cards',
    'cardType',
    'cardId',
    'cardholderName',
    'cardHolder',
    'numberOfCards',
    'cardsNumber',
    'cardNumbers',
    'phoneNumber',
    'orderNumber',
    'invoiceNumber',
    'routingNumber',
    'bankAccountNumber',
    'giftCardNumber',
    'loyaltyCardNumber',
    'simCardPin',
    'idCardNumber',
    'userId',
    'amount',
    'currency',
    'scorecard',
    'discount',
  ])('%s is not card data', (name) => {
    expect(classifyName(name)).toBeNull();
  });

  it('does not treat camera/gesture pan as a PAN', () => {
    expect(classifyName('panX')).toBe('safe');
    expect(classifyName('panOffset')).toBe('safe');
    expect(classifyName('onPan')).toBe('safe');
    expect(classifyName('panGestureHandler')).toBe('safe');
    expect(classifyName('zoomPan')).toBe('safe');
  });

  describe('ambiguous names', () => {
    it.each([
      ['number', 'pan'],
      ['num', 'pan'],
      ['accountNumber', 'pan'],
      ['account_number', 'pan'],
      ['verificationCode', 'cvv'],
      ['verification_value', 'cvv'],
      ['cid', 'cvv'],
      ['exp', 'expiry'],
      ['expiry', 'expiry'],
      ['expiration', 'expiry'],
      ['pin', 'track'],
      ['PIN', 'track'],
      ['pinCode', 'track'],
      ['trackData', 'track'],
    ] as const)('%s needs card context to be %s', (name, expected) => {
      expect(classifyName(name)).toBeNull();
      expect(classifyName(name, { cardContext: false })).toBeNull();
      expect(classifyName(name, { cardContext: true })).toBe(expected);
    });

    it('gets context from leading card words in the name itself', () => {
      expect(classifyName('cardPin')).toBe('track');
      expect(classifyName('card_pin')).toBe('track');
      expect(classifyName('creditCardPin')).toBe('track');
      expect(classifyName('ccExp')).toBe('expiry');
      expect(classifyName('cardExp')).toBe('expiry');
      expect(classifyName('cardExpiration')).toBe('expiry');
      expect(classifyName('cardCid')).toBe('cvv');
      expect(classifyName('cardVerificationCode')).toBe('cvv');
      expect(classifyName('cardAccountNumber')).toBe('pan');
      expect(classifyName('cardTrackData')).toBe('track');
    });

    it('only matches the whole name, not a part of it', () => {
      for (const name of ['phoneNumber', 'numberOfItems', 'pinned', 'pinCount', 'expectedExp', 'jwtExp', 'trackDataLayer', 'analyticsTrackData', 'accountNumberType', 'cidAttachment', 'contentCid']) {
        expect(['safe', null], name).toContain(classifyName(name, { cardContext: true }));
      }
      expect(classifyName('phoneNumber', { cardContext: true })).toBeNull();
      expect(classifyName('jwtExp', { cardContext: true })).toBeNull();
      expect(classifyName('pinCount', { cardContext: true })).toBe(null);
    });

    it('does not take context from non-card words inside the name', () => {
      expect(classifyName('paymentNumber')).toBeNull();
      expect(classifyName('billingAccountNumber')).toBeNull();
      expect(classifyName('paymentPin')).toBeNull();
    });

    it('keeps expiresAt out of card expiry even with card context', () => {
      expect(classifyName('expiresAt', { cardContext: true })).toBeNull();
      expect(classifyName('expires', { cardContext: true })).toBeNull();
      expect(classifyName('expires_at', { cardContext: true })).toBeNull();
    });
  });

  it('returns null for empty and overlong names', () => {
    expect(classifyName('')).toBeNull();
    expect(classifyName(`cardNumber${'x'.repeat(300)}`)).toBeNull();
  });

  it('classifySegments works on pre-split names', () => {
    expect(classifySegments(['card', 'number'])).toBe('pan');
    expect(classifySegments(['number'], { cardContext: true })).toBe('pan');
    expect(classifySegments([])).toBeNull();
  });
});

describe('hasCardContext', () => {
  it.each([
    [['card']],
    [['paymentMethod']],
    [['billing_details']],
    [['creditInfo']],
    [['debit']],
    [['req', 'body', 'card']],
    [['PAYMENT_FORM']],
    [['cards']],
    [['creditcard']],
  ])('%j has card context', (names) => {
    expect(hasCardContext(names)).toBe(true);
  });

  it.each([
    [[]],
    [['user', 'profile']],
    [['discard']],
    [['scorecard']],
    [['cardinal']],
    [['payload']],
    [['cc']],
    [['billingsgate']],
    [['req', 'body']],
  ])('%j has no card context', (names) => {
    expect(hasCardContext(names)).toBe(false);
  });
});

describe('isSecretName', () => {
  it.each([
    'secret',
    'SECRET',
    'secrets',
    'password',
    'userPassword',
    'DB_PASSWORD',
    'newPassword',
    'confirmPassword',
    'passwd',
    'pwd',
    'DB_PASS',
    'smtpPass',
    'redis_pw',
    'passphrase',
    'passcode',
    'apiKey',
    'api_key',
    'APIKey',
    'API_KEY',
    'apikey',
    'privateKey',
    'PRIVATE_KEY',
    'private_key',
    'accessToken',
    'access_token',
    'authToken',
    'refreshToken',
    'clientSecret',
    'client_secret',
    'oAuthClientSecret',
    'webhookSecret',
    'STRIPE_WEBHOOK_SECRET',
    'endpointSecret',
    'signingSecret',
    'secretKey',
    'STRIPE_SECRET_KEY',
    'stripeSecretKey',
    'key_secret',
    'credentials',
    'awsCredentials',
    'creds',
    'bearer',
    'bearerToken',
    'authorization',
    'Authorization',
    'authHeader',
    'hmacKey',
    'HMAC_KEY',
    'signatureKey',
    'transactionKey',
    'encryptionKey',
    'whsec',
    'getApiKey',
    'NEXT_PUBLIC_STRIPE_SECRET_KEY',
    'PASSKEY',
    'MPESA_PASSKEY',
    'mpesaPassKey',
  ])('%s is a secret name', (name) => {
    expect(isSecretName(name)).toBe(true);
  });

  it.each([
    'passkeyLength',
    'secretary',
    'secretaries',
    'passwordStrength',
    'passwordPolicy',
    'passwordLength',
    'PASSWORD_MIN_LENGTH',
    'passwordHint',
    'passwordField',
    'passwordLabel',
    'passwordPlaceholder',
    'passwordRegex',
    'passwordPattern',
    'passwordMin',
    'passwordMax',
    'passwordRequired',
    'passwordInput',
    'passwordVisible',
    'passwordResetUrl',
    'passwordChangedAt',
    'passwordHash',
    'hashedPassword',
    'passwordless',
    'isPasswordValid',
    'hasPassword',
    'showPassword',
    'togglePasswordVisibility',
    'resetPassword',
    'forgotPassword',
    'validatePassword',
    'passThrough',
    'pass',
    'bypass',
    'compass',
    'tokenizer',
    'tokenize',
    'keyboard',
    'keyCode',
    'key',
    'publishableKey',
    'STRIPE_PUBLISHABLE_KEY',
    'publicKey',
    'public_key',
    'publicApiKey',
    'pubKey',
    'clientId',
    'client_id',
    'secretName',
    'secretArn',
    'SECRET_ARN',
    'secretId',
    'secretPath',
    'secretKeyPath',
    'privateKeyPath',
    'privateKeyFile',
    'apiKeyEnv',
    'API_KEY_ENV_VAR',
    'apiKeyHeader',
    'apiKeyId',
    'accessKeyId',
    'AWS_ACCESS_KEY_ID',
    'secretsManager',
    'SecretsManagerClient',
    'secretManagerServiceClient',
    'webhookSecretName',
    'withCredentials',
    'credentialsPath',
    'isSecret',
    'authorizationCode',
    'authorizationId',
    'authorizationUrl',
    'token',
    'csrfToken',
    'paymentMethodToken',
    'idempotencyKey',
    'cacheKey',
    'sortKey',
    'signature',
    'secretaryName',
    '',
  ])('%s is not a secret name', (name) => {
    expect(isSecretName(name)).toBe(false);
  });

  it('isSecretSegments works on pre-split names', () => {
    expect(isSecretSegments(['api', 'key'])).toBe(true);
    expect(isSecretSegments(['secret', 'name'])).toBe(false);
    expect(isSecretSegments([])).toBe(false);
  });
});

describe('isTokenName', () => {
  it.each([
    'token',
    'TOKEN',
    'accessToken',
    'authToken',
    'idToken',
    'csrfToken',
    'paymentToken',
    'paymentMethodToken',
    'cardToken',
    'stripeToken',
    'passwordResetToken',
    'GITHUB_TOKEN',
  ])('%s is a token name', (name) => {
    expect(isTokenName(name)).toBe(true);
  });

  it.each([
    'tokenizer',
    'tokenize',
    'tokenized',
    'tokens',
    'maxTokens',
    'max_token',
    'tokenType',
    'token_type',
    'tokenUrl',
    'tokenEndpoint',
    'tokenExpiry',
    'tokenExpiresAt',
    'tokenCount',
    'tokenLength',
    'nextPageToken',
    'nextToken',
    'pageToken',
    'continuationToken',
    'cancelToken',
    'cancellationToken',
    'clientToken',
    'designToken',
    'promptTokens',
    'completionToken',
    'idempotencyToken',
    'hasToken',
    'isTokenValid',
    'tokenHash',
    'hashedToken',
    'secret',
    'apiKey',
    '',
  ])('%s is not a token name', (name) => {
    expect(isTokenName(name)).toBe(false);
  });

  it('isTokenSegments works on pre-split names', () => {
    expect(isTokenSegments(['access', 'token'])).toBe(true);
    expect(isTokenSegments(['token', 'type'])).toBe(false);
  });
});
