import { describe, expect, it } from 'vitest';
import {
  AMBIGUOUS_SIGNATURE_HEADERS,
  WEBHOOK_PROVIDERS,
  WEBHOOK_SIGNATURE_HEADERS,
  WEBHOOK_VERIFIERS,
  isVerifier,
} from '../../src/catalog/webhooks.js';

describe('webhook catalog', () => {
  it('keys signature headers in lower case and maps them to known providers', () => {
    for (const [header, provider] of Object.entries(WEBHOOK_SIGNATURE_HEADERS)) {
      expect(header).toBe(header.toLowerCase());
      expect(WEBHOOK_PROVIDERS[provider]).toBeDefined();
    }
    for (const header of Object.keys(AMBIGUOUS_SIGNATURE_HEADERS)) expect(WEBHOOK_SIGNATURE_HEADERS[header]).toBeDefined();
  });

  it('gives every provider a display name, a verifier description and an https docs link', () => {
    for (const info of Object.values(WEBHOOK_PROVIDERS)) {
      expect(info.name.length).toBeGreaterThan(0);
      expect(info.verifier.length).toBeGreaterThan(0);
      expect(info.docs).toMatch(/^https:\/\//);
    }
  });

  it('describes every verifier with a known provider and a payload slot only for byte-level verifiers', () => {
    const verifiers = WEBHOOK_VERIFIERS.map((definition) => definition.data).filter(isVerifier);
    expect(verifiers.length).toBeGreaterThan(20);
    for (const verifier of verifiers) {
      expect(WEBHOOK_PROVIDERS[verifier.provider]).toBeDefined();
      if (verifier.payload) expect(['throws', 'boolean']).toContain(verifier.style);
    }
  });
});
