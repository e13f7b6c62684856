import { describe, expect, it } from 'vitest';
import { detectLocale, pageContext, readEmbedConfig } from './embed.js';

const anyColor = (): boolean => true;

describe('reading the embed tag', () => {
  it('takes the API origin from the script src, ignoring path and query', () => {
    const config = readEmbedConfig('https://bot.example.com/static/widget.js?v=3', {}, anyColor);
    expect(config.apiOrigin).toBe('https://bot.example.com');
  });

  it('keeps the port of a self-hosted bot', () => {
    expect(readEmbedConfig('http://127.0.0.1:3000/widget.js', {}, anyColor).apiOrigin).toBe('http://127.0.0.1:3000');
  });

  it('uses data-accent only when the browser accepts it as a colour', () => {
    const isColor = (value: string): boolean => value === '#0f766e';
    expect(readEmbedConfig('https://b.example/widget.js', { accent: ' #0f766e ' }, isColor).accent).toBe('#0f766e');
    expect(readEmbedConfig('https://b.example/widget.js', { accent: 'red; background:url(x)' }, isColor).accent).toBeNull();
  });

  it('takes an optional title', () => {
    expect(readEmbedConfig('https://b.example/widget.js', { title: 'Fieldwise' }, anyColor).title).toBe('Fieldwise');
    expect(readEmbedConfig('https://b.example/widget.js', { title: '  ' }, anyColor).title).toBeNull();
  });
});

describe('choosing the locale', () => {
  it.each([
    ['fi', 'en-US', 'fi'],
    ['fi-FI', 'en-US', 'fi'],
    ['sv_SE', 'en', 'sv'],
    ['', 'pl-PL', 'pl'],
    [null, 'EN-gb', 'en'],
    ['x', 'de-DE', 'de'],
    [undefined, undefined, undefined],
  ])('html lang %s with browser %s gives %s', (htmlLang, browserLang, expected) => {
    expect(detectLocale(htmlLang, browserLang)).toBe(expected);
  });
});

describe('page context', () => {
  it('sends the page, the referrer and only utm_* parameters', () => {
    const context = pageContext('https://fieldwise.example/pricing?utm_source=linkedin&utm_campaign=q4&ref=abc', 'https://www.google.com/');
    expect(context).toEqual({
      pageUrl: 'https://fieldwise.example/pricing?utm_source=linkedin&utm_campaign=q4&ref=abc',
      referrer: 'https://www.google.com/',
      utm: { utm_source: 'linkedin', utm_campaign: 'q4' },
    });
  });

  it('leaves out an empty referrer and absent utm', () => {
    expect(pageContext('https://fieldwise.example/', '')).toEqual({ pageUrl: 'https://fieldwise.example/' });
  });
});
