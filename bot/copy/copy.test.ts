import { describe, expect, it } from 'vitest';
import { Locale } from '../../qualification/definition/schema.js';
import { copyFor, type Copy } from './index.js';

function lines(copy: Copy): Record<string, string> {
  return Object.fromEntries(
    Object.entries(copy).map(([key, line]) => [key, typeof line === 'function' ? line('NAME', 'https://x.example/u') : line]),
  );
}

describe('copy', () => {
  const english = Object.keys(copyFor('en')).sort();

  it.each(Locale.options)('%s has every line, none empty, none left in English', (locale) => {
    const copy = copyFor(locale);
    expect(Object.keys(copy).sort()).toEqual(english);
    for (const [key, text] of Object.entries(lines(copy))) {
      expect(text.trim(), key).not.toBe('');
      expect(text, key).not.toMatch(/\$\{|undefined|\{\w+\}/);
      if (locale !== 'en') expect(text, `${locale}.${key}`).not.toBe(lines(copyFor('en'))[key]);
    }
  });

  it.each(Locale.options)('%s puts the names and links it is given into the lines that take them', (locale) => {
    const copy = copyFor(locale);
    expect(copy.handoff('Anna Virtanen')).toContain('Anna Virtanen');
    expect(copy.handoffInChat('Anna Virtanen')).toContain('Anna Virtanen');
    expect(copy.meetingLink('https://meet.example/anna')).toContain('https://meet.example/anna');
    expect(copy.consentAsk('Fieldwise')).toContain('Fieldwise');
    expect(copy.consentPrivacy('https://x.example/privacy')).toContain('https://x.example/privacy');
    expect(copy.followUpAsk('Fieldwise')).toContain('Fieldwise');
    expect(copy.nurtureContent('Guide', 'https://x.example/g')).toContain('https://x.example/g');
    expect(copy.moreAt('https://x.example')).toContain('https://x.example');
  });
});
