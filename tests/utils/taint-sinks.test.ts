import { describe, expect, it } from 'vitest';
import { prefixLeavesOriginOpen } from '../../src/requests/taint-sinks.js';

describe('prefixLeavesOriginOpen', () => {
  it.each([
    ['', true],
    ['https://', true],
    ['https://api.', true],
    ['//', true],
    ['/', true],
    ['//evil', true],
    ['X', true],
    ['X.example.com', true],
  ])('%j leaves scheme or host to the client', (text, expected) => {
    expect(prefixLeavesOriginOpen(text)).toBe(expected);
  });

  it.each([
    ['https://shop.example.com/', false],
    ['https://shop.example.com?next=', false],
    ['/orders/', false],
    ['/o', false],
    ['?next=', false],
    ['#', false],
    ['X/', false],
    ['X/orders/', false],
  ])('%j fixes the origin', (text, expected) => {
    expect(prefixLeavesOriginOpen(text)).toBe(expected);
  });
});
