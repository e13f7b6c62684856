import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { IdParam } from '../routes/public-api.js';
import { GreetingQuery, GreetingReply, MessageBody, StartBody, StartReply, TranscriptReply, TurnReply, VisitorId } from '../routes/public-schemas.js';
import { errorResponses, jsonBodyOf, jsonResponse, PUBLIC_ERRORS } from './parts.js';

/** The visitor's id rides in a header (or `?visitorId=` where a header cannot: links, EventSource). */
const VisitorHeader = z.object({ 'x-kysy-visitor': VisitorId.optional() });
const VisitorQuery = z.object({ visitorId: VisitorId.optional() });
const visitor = { path: IdParam, header: VisitorHeader, query: VisitorQuery };

const status = (value: string) => z.object({ status: z.literal(value) });

/** The widget's API, health, the widget script and this document: what anyone may call. */
export const publicPaths: ZodOpenApiPathsObject = {
  '/api/conversations': {
    post: {
      tags: ['Visitor'],
      summary: 'Start a conversation: the greeting and the first question',
      requestBody: jsonBodyOf(StartBody),
      responses: {
        '201': jsonResponse('Started. Keep `visitorId`: it is the key to this conversation.', StartReply),
        ...errorResponses('bad_request', 'invalid_json', 'payload_too_large', 'unsupported_media_type', ...PUBLIC_ERRORS),
      },
    },
  },
  '/api/conversations/{id}/messages': {
    post: {
      tags: ['Visitor'],
      summary: "Send the visitor's message; the bot's replies come back once it is stored",
      requestParams: visitor,
      requestBody: jsonBodyOf(MessageBody),
      responses: {
        '200': jsonResponse('The replies and what the bot now asks. Never a score, decision or owner.', TurnReply),
        ...errorResponses('bad_request', 'invalid_json', 'not_found', 'payload_too_large', 'unsupported_media_type', ...PUBLIC_ERRORS),
      },
    },
  },
  '/api/conversations/{id}': {
    get: {
      tags: ['Visitor'],
      summary: "The visitor's own transcript (another visitor's conversation is 404, as a missing one)",
      requestParams: visitor,
      responses: { '200': jsonResponse('The transcript.', TranscriptReply), ...errorResponses('bad_request', 'not_found', ...PUBLIC_ERRORS) },
    },
  },
  '/api/conversations/{id}/events': {
    get: {
      tags: ['Visitor'],
      summary: 'Server-sent events: messages a person (a sales rep) writes to the visitor',
      requestParams: visitor,
      responses: {
        '200': { description: '`event: message` with a transcript message as `data`, `id` its message id (Last-Event-ID resumes).', content: { 'text/event-stream': { schema: z.string() } } },
        ...errorResponses('bad_request', 'not_found', ...PUBLIC_ERRORS),
      },
    },
  },
  '/api/greeting': {
    get: {
      tags: ['Visitor'],
      summary: "The proactive greeting for a page of the host site (the widget shows it after its delay, once a day)",
      requestParams: { query: GreetingQuery },
      responses: { '200': jsonResponse('The greeting, or null (none declared for the page, or the page is excluded).', GreetingReply), ...errorResponses('bad_request', ...PUBLIC_ERRORS) },
    },
  },
  '/healthz': { get: { tags: ['Operations'], summary: 'The process runs', responses: { '200': jsonResponse('Alive.', status('ok')) } } },
  '/readyz': {
    get: {
      tags: ['Operations'],
      summary: 'The database answers and is migrated',
      responses: { '200': jsonResponse('Ready.', status('ready')), ...errorResponses('not_ready') },
    },
  },
  '/metrics': {
    get: {
      tags: ['Operations'],
      summary: 'Prometheus metrics (only with METRICS_TOKEN set; or without a token on METRICS_PORT)',
      security: [{ metricsToken: [] }],
      responses: { '200': { description: 'Prometheus text format 0.0.4.', content: { 'text/plain': { schema: z.string() } } }, ...errorResponses('unauthorized') },
    },
  },
  '/openapi.json': {
    get: { tags: ['Operations'], summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1.', content: { 'application/json': { schema: z.object({ openapi: z.string() }) } } } } },
  },
  '/widget.js': {
    get: {
      tags: ['Widget'],
      summary: "The widget's stable address: a redirect to the current build's content-hashed URL",
      responses: { '302': { description: 'To /widget.{hash}.js (cached 5 minutes).' }, ...errorResponses('not_found') },
    },
  },
  '/widget.{hash}.js': {
    get: {
      tags: ['Widget'],
      summary: 'The widget script, brotli or gzip as the browser accepts, cached for a year',
      requestParams: { path: z.object({ hash: z.string().meta({ example: '3f9a1c2b7d' }) }) },
      responses: { '200': { description: 'JavaScript.', content: { 'text/javascript': { schema: z.string() } } }, ...errorResponses('not_found') },
    },
  },
};
