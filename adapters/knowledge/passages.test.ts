import { describe, expect, it } from 'vitest';
import { parsePassages, slugify } from './passages.js';

const page = `---
title: Integrations
url: https://fieldwise.example/integrations
---
# Integrations

Fieldwise connects to the tools you **already** use.

## Microsoft Teams

Yes, Fieldwise integrates with [Microsoft Teams](https://teams.example).
- job updates
- approvals

## Kalenterit ja sähköposti

Outlook and Google.
`;

describe('a knowledge page becomes passages', () => {
  const passages = parsePassages('en/integrations.md', 'en', page);

  it('makes the intro and each section a passage, linked to its anchor', () => {
    expect(passages.map((p) => [p.id, p.title, p.url])).toEqual([
      ['en/integrations.md#', 'Integrations', 'https://fieldwise.example/integrations'],
      ['en/integrations.md#microsoft-teams', 'Integrations: Microsoft Teams', 'https://fieldwise.example/integrations#microsoft-teams'],
      ['en/integrations.md#kalenterit-ja-sahkoposti', 'Integrations: Kalenterit ja sähköposti', 'https://fieldwise.example/integrations#kalenterit-ja-sahkoposti'],
    ]);
  });

  it('keeps plain text: no markdown marks or link targets', () => {
    expect(passages[0]!.body).toBe('Fieldwise connects to the tools you already use.');
    expect(passages[1]!.body).toBe('Yes, Fieldwise integrates with Microsoft Teams.\njob updates\napprovals');
  });

  it('refuses a page without a title and url', () => {
    expect(() => parsePassages('en/x.md', 'en', '# Just a heading\n')).toThrow(/front matter/);
    expect(() => parsePassages('en/x.md', 'en', '---\ntitle: X\n---\nbody')).toThrow(/url/);
  });

  it('slugs headings in any language', () => {
    expect(slugify('Missä tietonne säilytetään?')).toBe('missa-tietonne-sailytetaan');
  });
});
