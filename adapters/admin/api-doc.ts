import { z } from 'zod';
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject } from 'zod-openapi';
import { ConversationState, Reply } from '../../bot/conversation.js';
import { FUNNEL_STEPS } from '../../bot/outcomes/funnel.js';
import { Channel } from '../../bot/ports/store.js';
import { Answer, AnswerValue } from '../../qualification/answer.js';
import { LeadDefinition } from '../../qualification/definition/schema.js';
import { Decision, ScoreResult } from '../../qualification/score/result.js';
import { ADMIN_ERRORS, ADMIN_SECURITY, errorResponses, jsonBodyOf, jsonResponse } from '../http/openapi/parts.js';
import { IdParam } from '../http/routes/public-api.js';
import { InboxQuery } from './inbox-query.js';
import { OutcomeQuery } from './outcome-report.js';
import { CustomerDomains } from './routes/companies-api.js';
import { ListQuery } from './routes/conversations-api.js';
import { DraftBody, PreviewStart, PreviewTurn, PublishBody } from './routes/editor-api.js';
import { PersonEmail } from './routes/people-api.js';
import { ReviewGroupKey, TeachBody } from './routes/review-api.js';

/**
 * The admin JSON API (/api/admin) in OpenAPI terms: requests from the schemas the routes validate
 * with; responses as the routes build them. An endpoint added to `adminApi` is added here too (a
 * test fails until it is).
 */

const Summary = z.object({
  id: z.string(),
  visitorId: z.string(),
  channel: Channel,
  locale: z.string(),
  decision: Decision,
  status: z.string().nullable(),
  ownerId: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
const ConversationList = z.object({ conversations: z.array(Summary), limit: z.number(), offset: z.number() }).meta({ id: 'ConversationList' });
const ConversationDetail = z
  .object({
    conversation: Summary.omit({ decision: true, status: true, ownerId: true }).extend({ state: ConversationState, context: z.record(z.string(), z.unknown()), definitionVersion: z.number() }),
    messages: z.array(Reply.extend({ id: z.string(), role: z.enum(['visitor', 'bot', 'rep']), createdAt: z.iso.datetime() })),
    lead: z.object({
      answers: z.array(Answer.omit({})),
      score: ScoreResult.nullable(),
      decision: Decision,
      owner: z.object({ id: z.string(), name: z.string() }).nullable(),
      status: z.string().nullable(),
    }),
  })
  .meta({ id: 'ConversationDetail' });
const Draft = z
  .object({
    definition: LeadDefinition,
    hasDraft: z.boolean(),
    baseVersion: z.number().meta({ description: 'The published version the draft started from (the live one when there is no draft).' }),
    publishedVersion: z.number(),
    publishedDefinition: LeadDefinition,
    updatedBy: z.string().nullable().meta({ description: 'Who changed the draft last.' }),
    updatedAt: z.iso.datetime().nullable(),
    conflict: z.string().nullable().meta({ description: 'Why the draft may not be published over the live version (a newer version says otherwise than the one it started from), or null.' }),
  })
  .meta({ id: 'DefinitionDraft' });
const Preview = z
  .object({ replies: z.array(Reply), state: ConversationState, recorded: z.array(Answer), answers: z.array(Answer), score: ScoreResult, owner: z.string().nullable() })
  .meta({ id: 'Preview', description: 'What the real engine does with the draft; nothing is stored.' });
const Invalid = z
  .object({ error: z.object({ code: z.literal('invalid_definition'), message: z.string() }), errors: z.array(z.string()) })
  .meta({ id: 'InvalidDefinition', example: { error: { code: 'invalid_definition', message: 'Fix the definition first.' }, errors: ['criteria.2.options: must have at least 2 options'] } });
const invalid = { '422': { description: 'The definition does not validate: every problem by its path.', content: { 'application/json': { schema: Invalid } } } };

const rate = z.number().nullable();
const counts = z.object(Object.fromEntries(FUNNEL_STEPS.map((s) => [s, z.number()])) as Record<(typeof FUNNEL_STEPS)[number], z.ZodNumber>);
const Outcomes = z
  .object({
    query: z.record(z.string(), z.unknown()).meta({ description: 'The filters as applied (from/to filled in: eight weeks to today by default).' }),
    period: z.enum(['day', 'week']),
    timeZone: z.string(),
    buckets: z.array(z.object({ start: z.string().meta({ description: 'The day, or the Monday of the week, in timeZone (YYYY-MM-DD).' }), counts })),
    funnel: z.array(z.object({ step: z.enum(FUNNEL_STEPS), count: z.number(), ofPrevious: rate, ofConversations: rate })),
    responseTimes: z.object({ acted: z.number(), median: z.number().nullable(), p90: z.number().nullable() }).meta({ description: 'Seconds from the handoff to the first rep action (accept, reject, reassign, a reply to the visitor).' }),
    owners: z.array(z.object({ ownerId: z.string(), name: z.string(), received: z.number(), accepted: z.number(), medianToAccept: z.number().nullable(), slaMisses: z.number() })),
    outcomes: z.object({
      won: z.number(),
      revenue: z.array(z.object({ currency: z.string(), amount: z.number() })),
      lost: z.number(),
      rejected: z.number(),
      reasons: z.array(z.object({ type: z.enum(['rejected', 'lost']), reason: z.string(), count: z.number() })),
    }),
    lift: z.object({
      overall: z.object({ leads: z.number(), accepted: z.number(), won: z.number(), acceptance: rate, winRate: rate }),
      criteria: z.array(
        z.object({
          criterionId: z.string(),
          cells: z.array(
            z.object({
              answer: z.string(), label: z.string(), points: z.number(), leads: z.number(), accepted: z.number(), won: z.number(),
              acceptance: rate, winRate: rate, flag: z.enum(['high points, low acceptance', 'low points, high acceptance']).nullable(),
            }),
          ),
        }),
      ),
    }),
    slaMinutes: z.number(),
    roi: z.array(
      z.object({
        id: z.string(), campaign: z.string(), from: z.string(), to: z.string(), amount: z.number(), currency: z.string(),
        conversations: z.number(), leads: z.number(), salesReady: z.number(), won: z.number(), revenue: z.number(),
        roi: rate, revenuePerLead: z.number().nullable(), costPerSalesReadyLead: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'Outcomes' });

const ReviewQueue = z
  .object({
    groups: z.array(
      ReviewGroupKey.extend({
        count: z.number(),
        corrected: z.number().meta({ description: 'How many of them were corrected guesses; the rest were not understood.' }),
        chosen: z.array(z.object({ value: AnswerValue, count: z.number(), label: z.string() })),
        definitionVersions: z.array(z.number()),
        lastSeen: z.iso.datetime(),
        question: z.string().nullable(),
        options: z.array(z.object({ id: z.string(), label: z.string() })).meta({ description: 'What the phrase can be taught as (choice questions only).' }),
      }),
    ),
    weekly: z.object({
      weeks: z.array(z.string()),
      rows: z.array(z.object({ criterionId: z.string(), counts: z.array(z.number()) })),
      published: z.array(z.array(z.number())).meta({ description: 'The definition versions published in each week.' }),
    }),
  })
  .meta({ id: 'ReviewQueue', description: 'Open groups of the review queue, most frequent first, and not-understood answers per question and week.' });

const op = (summary: string, rest: Omit<ZodOpenApiOperationObject, 'summary'>): ZodOpenApiOperationObject => ({ tags: ['Admin'], summary, security: ADMIN_SECURITY, ...rest });

const Rows = z.array(z.record(z.string(), z.unknown()));
const PersonExport = z
  .object({
    email: z.string(),
    exportedAt: z.iso.datetime(),
    visitors: Rows,
    conversations: Rows,
    messages: Rows,
    answers: Rows,
    consents: Rows,
    auditEvents: Rows,
    leads: Rows,
    leadEvents: Rows,
    outbox: Rows,
    reviewItems: Rows,
  })
  .meta({ id: 'PersonExport' });
const Erasure = z
  .object({
    id: z.string(),
    at: z.iso.datetime(),
    counts: z.object({ visitors: z.number(), conversations: z.number(), messages: z.number(), answers: z.number(), leads: z.number(), cards: z.number() }),
  })
  .meta({ id: 'Erasure' });

export const adminApiPaths: ZodOpenApiPathsObject = {
  '/api/admin/conversations': {
    get: op('Conversations, newest first, with their decision and lead status', {
      requestParams: { query: ListQuery },
      responses: { '200': jsonResponse('A page of conversations.', ConversationList), ...errorResponses('bad_request', ...ADMIN_ERRORS) },
    }),
  },
  '/api/admin/conversations/{id}': {
    get: op('One conversation: transcript, answers, score, decision, owner', {
      requestParams: { path: IdParam },
      responses: { '200': jsonResponse('The conversation.', ConversationDetail), ...errorResponses('bad_request', 'not_found', ...ADMIN_ERRORS) },
    }),
  },
  '/api/admin/leads.csv': {
    get: op("The leads of the inbox's filters as CSV, one row each (a spreadsheet or a CRM import)", {
      requestParams: { query: InboxQuery },
      responses: {
        '200': { description: 'CSV, UTF-8, as an attachment.', content: { 'text/csv': { schema: z.string() } } },
        ...errorResponses('bad_request', ...ADMIN_ERRORS),
      },
    }),
  },
  '/api/admin/outcomes': {
    get: op("The outcomes dashboard's figures (funnel, trend, sales response, owners, outcomes, lift, ROI) with the page's filters", {
      requestParams: { query: OutcomeQuery },
      responses: { '200': jsonResponse('The figures.', Outcomes), ...errorResponses('bad_request', ...ADMIN_ERRORS) },
    }),
  },
  '/api/admin/definition/draft': {
    get: op('The shared draft (or the published definition when there is none)', {
      responses: { '200': jsonResponse('The draft.', Draft), ...errorResponses(...ADMIN_ERRORS) },
    }),
    put: op('Save the draft, valid or not; the problems come back', {
      requestBody: jsonBodyOf(DraftBody),
      responses: {
        '200': jsonResponse('Saved.', z.object({ updatedAt: z.iso.datetime(), updatedBy: z.string(), baseVersion: z.number(), errors: z.array(z.string()), conflict: z.string().nullable() })),
        ...errorResponses('bad_request', 'invalid_json', 'payload_too_large', ...ADMIN_ERRORS),
      },
    }),
    delete: op('Discard the draft', { responses: { '204': { description: 'Discarded.' }, ...errorResponses(...ADMIN_ERRORS) } }),
  },
  '/api/admin/definition/publish': {
    post: op('Publish a definition as the next version (new conversations use it); 409 when it is the live one, or when a version that says otherwise went live after its baseVersion', {
      requestBody: jsonBodyOf(PublishBody),
      responses: {
        '201': jsonResponse('Published.', z.object({ version: z.number(), author: z.string(), createdAt: z.iso.datetime() })),
        ...invalid,
        ...errorResponses('bad_request', 'invalid_json', 'payload_too_large', 'conflict', ...ADMIN_ERRORS),
      },
    }),
  },
  '/api/admin/definition/preview/start': {
    post: op('Preview: the greeting and first question of a draft', {
      requestBody: jsonBodyOf(PreviewStart),
      responses: { '200': jsonResponse('The preview.', Preview), ...invalid, ...errorResponses('bad_request', 'invalid_json', ...ADMIN_ERRORS) },
    }),
  },
  '/api/admin/definition/preview/turn': {
    post: op('Preview: one visitor turn on a draft, from the state the last preview returned', {
      requestBody: jsonBodyOf(PreviewTurn),
      responses: { '200': jsonResponse('The preview.', Preview), ...invalid, ...errorResponses('bad_request', 'invalid_json', ...ADMIN_ERRORS) },
    }),
  },
  '/api/admin/review': {
    get: op('The review queue: what visitors wrote that the bot did not understand, grouped, and weekly counts', {
      responses: { '200': jsonResponse('The queue.', ReviewQueue), ...errorResponses(...ADMIN_ERRORS) },
    }),
  },
  '/api/admin/review/teach': {
    post: op("Teach a group as an option's synonym in its locale, in the draft (marketers and admins)", {
      requestBody: jsonBodyOf(TeachBody),
      responses: {
        '200': jsonResponse(
          'Taught: the draft has the synonym and the group left the queue.',
          z.object({ added: z.boolean(), settled: z.number(), synonym: z.string(), draftErrors: z.array(z.string()) }),
        ),
        ...errorResponses('bad_request', 'invalid_json', 'conflict', ...ADMIN_ERRORS),
      },
    }),
  },
  '/api/admin/review/ignore': {
    post: op('Hide a group from the review queue (marketers and admins)', {
      requestBody: jsonBodyOf(ReviewGroupKey),
      responses: { '200': jsonResponse('Hidden.', z.object({ settled: z.number() })), ...errorResponses('bad_request', 'invalid_json', ...ADMIN_ERRORS) },
    }),
  },
  '/api/admin/companies': {
    get: op('The accounts: each company with its number of leads and whether it is a known customer', {
      responses: {
        '200': jsonResponse(
          'The companies, most leads first.',
          z.object({
            companies: z.array(
              z.object({ id: z.string(), domain: z.string().nullable(), name: z.string().nullable(), knownBy: z.enum(['list', 'crm']).nullable(), leads: z.number() }),
            ),
          }),
        ),
        ...errorResponses(...ADMIN_ERRORS),
      },
    }),
  },
  '/api/admin/companies/customers': {
    put: op("Replace the list of customer domains that routing rules on company.known read (marketers and admins); a CSV body's first column is read too", {
      requestBody: {
        content: {
          'application/json': { schema: CustomerDomains },
          'text/csv': { schema: z.string().meta({ example: 'domain\nexample.com\nacme.fi' }) },
        },
      },
      responses: {
        '200': jsonResponse('Replaced: how many customer domains are known now.', z.object({ customers: z.number() })),
        ...errorResponses('bad_request', 'invalid_json', 'payload_too_large', ...ADMIN_ERRORS),
      },
    }),
  },
  '/api/admin/people/export': {
    get: op("Every stored item about a person, by the e-mail address they gave (any case), as JSON (admins only; audited)", {
      requestParams: { query: PersonEmail },
      responses: { '200': jsonResponse('The rows of each table that hold something of the person; empty lists when nothing is known.', PersonExport), ...errorResponses('bad_request', ...ADMIN_ERRORS) },
    }),
  },
  '/api/admin/people/erase': {
    post: op('Erase a person for good by their e-mail address: texts, typed answers, contact details and the link to their browser (admins only; audited)', {
      requestBody: jsonBodyOf(PersonEmail),
      responses: { '200': jsonResponse('Erased: what was anonymised; the rows stay for the counts.', Erasure), ...errorResponses('bad_request', 'invalid_json', ...ADMIN_ERRORS) },
    }),
  },
};
