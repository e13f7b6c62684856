import { describe, expect, it } from 'vitest';
import { exampleDefinition } from '../../test/support/example-definition.js';
import { matchesPage, pageGreeting } from './proactive.js';

const definition = exampleDefinition();

describe('proactive greetings by page', () => {
  it.each([
    ['/pricing', '/pricing', true],
    ['/pricing', '/pricing/', true],
    ['/pricing', '/pricing/teams', false],
    ['/pricing/*', '/pricing/teams', true],
    ['/blog/*/comments', '/blog/2026/x/comments', true],
    ['/careers*', '/careers', true],
    ['/careers*', '/careers/engineer', true],
    ['/', '/', true],
    ['/', '/about', false],
    ['/a.b', '/axb', false],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(matchesPage(pattern, path)).toBe(expected);
  });

  it("picks the page's greeting with its delay, and none where none is declared", () => {
    expect(pageGreeting(definition, '/pricing')).toMatchObject({ id: 'pricing', delaySeconds: 5, text: { en: 'Comparing plans? I can help you find the right one.' } });
    expect(pageGreeting(definition, '/about')).toBeNull();
  });

  it('gives one asked for by id anywhere but on an excluded page', () => {
    expect(pageGreeting(definition, '/about', 'pricing')?.id).toBe('pricing');
    expect(pageGreeting(definition, '/about', 'no_such')).toBeNull();
    expect(pageGreeting(definition, '/careers/engineer', 'pricing')).toBeNull();
    expect(pageGreeting(definition, '/privacy')).toBeNull();
  });

  it('offers nothing without a proactive section', () => {
    const { proactive: _, ...plain } = definition;
    expect(pageGreeting(plain, '/pricing')).toBeNull();
  });
});
