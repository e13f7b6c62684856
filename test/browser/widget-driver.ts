import type { Page, Response } from 'playwright-core';
import { PROFILES } from '../http/visitor.js';

export interface Turn {
  messages: Array<{ id: string; text: string; role?: string; choices?: Array<{ id: string; label: string }>; asking?: string | null }>;
  state: { asking: string | null; done: boolean };
}

/** How the visitor answers each criterion: click the option with this id, or type this text. */
export type Plan = Record<string, { choice: string } | { text: string }>;

/** A Finnish HVAC owner who qualifies: the website visitor profile, with her own name and a typed head count. */
export const MAIJA: Plan = {
  ...PROFILES.sales_ready,
  company_size: { text: 'We are about 40 people' },
  contact_name: { text: 'Maija Virtanen' },
  contact_email: { text: 'maija.virtanen@example.fi' },
  company_name: { text: 'Pohjolan Talotekniikka Oy' },
};

const isStart = (r: Response): boolean => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/conversations';
const isMessage = (r: Response): boolean => r.request().method() === 'POST' && /^\/api\/conversations\/[^/]+\/messages$/.test(new URL(r.url()).pathname);
export const isTranscript = (r: Response): boolean => r.request().method() === 'GET' && /^\/api\/conversations\/[^/]+$/.test(new URL(r.url()).pathname);

export const textbox = (page: Page) => page.getByRole('textbox');

/** Clicks the launcher and returns the conversation's first turn as the API sent it. */
export async function openWidget(page: Page, launcherName: RegExp | string): Promise<Turn> {
  const started = page.waitForResponse(isStart);
  await page.getByRole('button', { name: launcherName }).click();
  const response = await started;
  if (response.status() !== 201) throw new Error(`start failed: ${response.status()} ${await response.text()}`);
  return (await response.json()) as Turn;
}

/** Sends one planned answer through the widget's own controls and returns the bot's turn. */
export async function answer(page: Page, turn: Turn, plan: Plan): Promise<Turn> {
  const asking = turn.state.asking;
  const step = asking ? plan[asking] : undefined;
  const question = turn.messages.at(-1);
  if (!step) throw new Error(`no planned answer while asking ${asking}: "${question?.text}"`);
  const replied = page.waitForResponse(isMessage);
  if ('choice' in step) {
    const label = question?.choices?.find((c) => c.id === step.choice)?.label;
    if (!label) throw new Error(`no option ${step.choice} in ${JSON.stringify(question?.choices)}`);
    await page.getByRole('button', { name: label, exact: true }).click();
  } else {
    await textbox(page).fill(step.text);
    await textbox(page).press('Enter');
  }
  const response = await replied;
  if (!response.ok()) throw new Error(`send failed: ${response.status()} ${await response.text()}`);
  return (await response.json()) as Turn;
}

/** Answers until the bot says the conversation is done. */
export async function finish(page: Page, turn: Turn, plan: Plan, maxSteps = 25): Promise<Turn> {
  let current = turn;
  for (let step = 0; step < maxSteps && !current.state.done; step++) current = await answer(page, current, plan);
  if (!current.state.done) throw new Error(`not done after ${maxSteps} answers`);
  return current;
}

/** The chat log as a visitor (or a screen reader) reads it, one entry per message bubble. */
export async function logEntries(page: Page): Promise<string[]> {
  return page.locator('[data-kysy-widget] .msg').allTextContents();
}
