import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8'));

describe('the Teams app manifest template', () => {
  it('installs the bot for one-to-one chats, where suggested actions show', () => {
    expect(manifest.bots).toHaveLength(1);
    expect(manifest.bots[0].scopes).toEqual(['personal']);
  });

  it('uses the Azure Bot app id as both app id and bot id', () => {
    expect(manifest.id).toBe('${MICROSOFT_APP_ID}');
    expect(manifest.bots[0].botId).toBe('${MICROSOFT_APP_ID}');
  });

  it('names icons that ship beside it', () => {
    for (const icon of Object.values(manifest.icons) as string[]) {
      expect(readFileSync(new URL(icon, import.meta.url)).subarray(1, 4).toString()).toBe('PNG');
    }
  });
});
