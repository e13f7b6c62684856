import { describe, expect, it } from 'vitest';
import type { StoredMessage } from '../../bot/ports/store.js';
import { supportsSuggestedActions, toActivity, toChannelInput } from './activities.js';

const question: StoredMessage = {
  id: 'm1',
  conversationId: 'c1',
  role: 'bot',
  text: 'Which industry are you in?',
  choices: [
    { id: 'hvac', label: 'HVAC' },
    { id: 'plumbing', label: 'Plumbing' },
  ],
  asking: 'industry',
  createdAt: '2026-11-23T10:00:00Z',
};

describe('bot messages as activities', () => {
  it('gives quick-reply channels suggested actions that post the label back', () => {
    const activity = toActivity(question, { channelId: 'webchat' });
    expect(activity.text).toBe(question.text);
    expect(activity.suggestedActions?.actions).toEqual([
      { type: 'imBack', title: 'HVAC', value: 'HVAC' },
      { type: 'imBack', title: 'Plumbing', value: 'Plumbing' },
    ]);
  });

  it('gives other channels, and Teams group chats, a Hero card whose buttons carry the choice id', () => {
    for (const shape of [{ channelId: 'sms' }, { channelId: 'msteams', conversationType: 'channel' }]) {
      const activity = toActivity(question, shape);
      expect(activity.suggestedActions).toBeUndefined();
      const card = activity.attachments?.[0];
      expect(card?.contentType).toBe('application/vnd.microsoft.card.hero');
      expect((card?.content as { buttons: unknown[] }).buttons[0]).toMatchObject({ type: 'messageBack', title: 'HVAC', value: { choice: 'hvac' } });
    }
  });

  it('keeps suggested actions for one-to-one Teams chats', () => {
    expect(supportsSuggestedActions({ channelId: 'msteams', conversationType: 'personal' })).toBe(true);
  });

  it('sends a plain message when there are no choices', () => {
    const activity = toActivity({ ...question, choices: undefined }, { channelId: 'webchat' });
    expect(activity.suggestedActions).toBeUndefined();
    expect(activity.attachments).toBeUndefined();
  });
});

describe('visitor activities as input', () => {
  it('hands a Hero card click over as the choice in its value', () => {
    expect(toChannelInput({ text: 'HVAC', value: { choice: 'hvac' } })).toEqual({ choice: 'hvac' });
  });

  it('hands any text over as a possible label, trimmed (a suggested action posts its label back)', () => {
    expect(toChannelInput({ text: '  we do HVAC and plumbing ' })).toEqual({ label: 'we do HVAC and plumbing' });
    expect(toChannelInput({ text: 'plumbing', value: { choice: 42 } })).toEqual({ label: 'plumbing' });
  });
});
