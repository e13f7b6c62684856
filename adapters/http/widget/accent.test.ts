import { describe, expect, it } from 'vitest';
import { textOnAccent } from './accent.js';

describe('text on the accent colour', () => {
  it.each([
    ['rgb(15, 118, 110)', '#ffffff'],
    ['rgb(37, 99, 235)', '#ffffff'],
    ['rgb(250, 204, 21)', '#111827'],
    ['rgba(255, 255, 255, 1)', '#111827'],
    ['rgb(0 0 0)', '#ffffff'],
  ])('%s carries %s text', (computed, expected) => {
    expect(textOnAccent(computed)).toBe(expected);
  });

  it('falls back to white for a colour it cannot read', () => {
    expect(textOnAccent('oklch(0.7 0.1 200)')).toBe('#ffffff');
  });
});
