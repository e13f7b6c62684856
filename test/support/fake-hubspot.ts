import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local HubSpot API that answers as HubSpot's CRM v3/v4 endpoints do, and refuses what HubSpot
 * would: no Bearer token (401), unknown properties (400 PROPERTY_DOESNT_EXIST), a second contact
 * with an e-mail or a second deal with a unique property value (409), a missing hs_timestamp on a
 * note, associations to records that do not exist. `limitOnce` answers the next request 429 with
 * Retry-After, as HubSpot's ten-second window does.
 */
type ObjectType = 'contacts' | 'companies' | 'deals' | 'notes';

interface Stored {
  id: string;
  properties: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

export interface FakeRequest {
  method: string;
  path: string;
  body: unknown;
  /** What the fake answered. */
  status: number;
}

/** HubSpot-defined association type id → the two object types it joins. */
const ASSOCIATION_TYPES: Record<number, [ObjectType, ObjectType]> = {
  279: ['contacts', 'companies'],
  280: ['companies', 'contacts'],
  3: ['deals', 'contacts'],
  4: ['contacts', 'deals'],
  5: ['deals', 'companies'],
  341: ['deals', 'companies'],
  202: ['notes', 'contacts'],
  190: ['notes', 'companies'],
  214: ['notes', 'deals'],
};

const BASE_PROPERTIES: Record<ObjectType, string[]> = {
  contacts: ['email', 'firstname', 'lastname', 'company', 'jobtitle', 'lifecyclestage', 'phone', 'hubspot_owner_id'],
  companies: ['domain', 'name', 'numberofemployees', 'industry', 'country', 'lifecyclestage', 'hubspot_owner_id'],
  deals: ['dealname', 'pipeline', 'dealstage', 'hubspot_owner_id', 'amount', 'closedate', 'description'],
  notes: ['hs_note_body', 'hs_timestamp', 'hubspot_owner_id'],
};

const TYPES = new Set<string>(['contacts', 'companies', 'deals', 'notes']);

export interface FakeHubSpot {
  url: string;
  token: string;
  requests: FakeRequest[];
  objects: Record<ObjectType, Map<string, Stored>>;
  /** "type:id" pairs, both directions. */
  associations: Set<string>;
  /** Answers the next request 429 with this Retry-After (seconds). */
  limitOnce(retryAfterSeconds: number): void;
  /** A record HubSpot already has (a rep made it), outside any request log. */
  seed(type: ObjectType, properties: Record<string, string>): string;
  /** Create requests of the type answered with this status (201 made one, 409 refused a duplicate). */
  creates(type: ObjectType, status?: number): number;
  associated(a: [ObjectType, string], b: [ObjectType, string]): boolean;
  close(): Promise<void>;
}

class Refusal {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {}
}

const refuse = (status: number, category: string, message: string) => new Refusal(status, { status: 'error', message, category, correlationId: '00000000-0000-4000-8000-000000000000' });

export async function startFakeHubSpot(options: { token?: string; pipelines?: Record<string, string[]> } = {}): Promise<FakeHubSpot> {
  const token = options.token ?? 'pat-eu1-00000000-test';
  const pipelines = options.pipelines ?? { default: ['appointmentscheduled', 'qualifiedtobuy', 'closedwon', 'closedlost'] };
  const objects: FakeHubSpot['objects'] = { contacts: new Map(), companies: new Map(), deals: new Map(), notes: new Map() };
  const properties: Record<ObjectType, Set<string>> = {
    contacts: new Set(BASE_PROPERTIES.contacts),
    companies: new Set(BASE_PROPERTIES.companies),
    deals: new Set(BASE_PROPERTIES.deals),
    notes: new Set(BASE_PROPERTIES.notes),
  };
  const unique: Record<ObjectType, Set<string>> = { contacts: new Set(['email']), companies: new Set(), deals: new Set(), notes: new Set() };
  const associations = new Set<string>();
  const requests: FakeRequest[] = [];
  let nextId = 1001;
  let limited: number | null = null;

  const stamp = () => new Date().toISOString();
  const view = (o: Stored, wanted?: string[]) => ({
    id: o.id,
    properties: wanted ? Object.fromEntries(wanted.map((p) => [p, o.properties[p] ?? null])) : o.properties,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
    archived: false,
  });
  const link = (a: string, b: string) => {
    associations.add(`${a}|${b}`);
    associations.add(`${b}|${a}`);
  };

  function checkProperties(type: ObjectType, props: unknown, exceptId?: string): Record<string, string> {
    if (typeof props !== 'object' || props === null || Array.isArray(props)) throw refuse(400, 'VALIDATION_ERROR', 'properties must be an object');
    for (const [name, value] of Object.entries(props)) {
      if (!properties[type].has(name)) throw refuse(400, 'VALIDATION_ERROR', `Property "${name}" does not exist (PROPERTY_DOESNT_EXIST)`);
      if (typeof value !== 'string') throw refuse(400, 'VALIDATION_ERROR', `Property "${name}" must be a string`);
      if (unique[type].has(name)) {
        const other = [...objects[type].values()].find((o) => o.id !== exceptId && o.properties[name]?.toLowerCase() === value.toLowerCase());
        if (other) throw refuse(409, 'CONFLICT', `${type === 'contacts' ? 'Contact' : 'Object'} already exists. Existing ID: ${other.id}`);
      }
    }
    const p = props as Record<string, string>;
    if (type === 'deals' && (p.pipeline || p.dealstage)) {
      const pipeline = p.pipeline ?? 'default';
      if (!pipelines[pipeline]) throw refuse(400, 'VALIDATION_ERROR', `pipeline ${pipeline} does not exist`);
      if (p.dealstage && !pipelines[pipeline]!.includes(p.dealstage)) throw refuse(400, 'VALIDATION_ERROR', `dealstage ${p.dealstage} is not in pipeline ${pipeline}`);
    }
    return p;
  }

  function find(type: ObjectType, id: string, idProperty: string | null): Stored | undefined {
    if (!idProperty) return objects[type].get(id);
    return [...objects[type].values()].find((o) => o.properties[idProperty]?.toLowerCase() === id.toLowerCase());
  }

  function handle(method: string, url: URL, body: unknown): [number, unknown] {
    const parts = url.pathname.split('/').filter(Boolean);
    const b = (body ?? {}) as Record<string, unknown>;
    if (method === 'GET' && url.pathname === '/account-info/v3/details') return [200, { portalId: 4242, uiDomain: 'app-eu1.hubspot.com', timeZone: 'Europe/Helsinki', dataHostingLocation: 'eu1' }];
    // /crm/v3/properties/deals[/name]
    if (parts[0] === 'crm' && parts[1] === 'v3' && parts[2] === 'properties' && TYPES.has(parts[3]!)) {
      const type = parts[3] as ObjectType;
      if (method === 'GET' && parts[4]) {
        if (!properties[type].has(parts[4])) throw refuse(404, 'OBJECT_NOT_FOUND', `Property ${parts[4]} does not exist`);
        return [200, { name: parts[4], label: parts[4], type: 'string', fieldType: 'text', groupName: 'dealinformation', options: [], hasUniqueValue: unique[type].has(parts[4]) }];
      }
      if (method === 'POST' && !parts[4]) {
        const name = String(b.name ?? '');
        if (!/^[a-z][a-z0-9_]*$/.test(name) || !b.label || !b.type || !b.fieldType || !b.groupName) throw refuse(400, 'VALIDATION_ERROR', 'name, label, type, fieldType and groupName are required');
        if (properties[type].has(name)) throw refuse(409, 'CONFLICT', `A property named '${name}' already exists.`);
        properties[type].add(name);
        if (b.hasUniqueValue === true) unique[type].add(name);
        return [201, { ...b, options: [] }];
      }
    }
    // /crm/v4/objects/{from}/{id}/associations/{to}  and  .../associations/default/{to}/{toId}
    if (parts[0] === 'crm' && parts[1] === 'v4' && parts[2] === 'objects' && parts[5] === 'associations') {
      const from = parts[3] as ObjectType;
      const id = parts[4]!;
      if (!TYPES.has(from) || !objects[from].has(id)) throw refuse(404, 'OBJECT_NOT_FOUND', 'No such object');
      if (method === 'GET' && parts.length === 7) {
        const toType = parts[6] as ObjectType;
        const results = [...associations].filter((a) => a.startsWith(`${from}:${id}|${toType}:`)).map((a) => ({ toObjectId: Number(a.split('|')[1]!.split(':')[1]), associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 1, label: null }] }));
        return [200, { results }];
      }
      if (method === 'PUT' && parts[6] === 'default' && parts.length === 9) {
        const toType = parts[7] as ObjectType;
        if (!TYPES.has(toType) || !objects[toType].has(parts[8]!)) throw refuse(404, 'OBJECT_NOT_FOUND', 'No such object to associate');
        link(`${from}:${id}`, `${toType}:${parts[8]}`);
        return [200, { status: 'COMPLETE', results: [{ from: { id }, to: { id: parts[8] }, associationSpec: { associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 1 } }], startedAt: stamp(), completedAt: stamp() }];
      }
    }
    // /crm/v3/objects/{type}[/{id} | /batch/read | /search]
    if (parts[0] === 'crm' && parts[1] === 'v3' && parts[2] === 'objects' && TYPES.has(parts[3]!)) {
      const type = parts[3] as ObjectType;
      if (method === 'POST' && parts.length === 4) {
        const props = checkProperties(type, b.properties);
        if (type === 'contacts' && !props.email) throw refuse(400, 'VALIDATION_ERROR', 'email is required');
        if (type === 'notes' && !props.hs_timestamp) throw refuse(400, 'VALIDATION_ERROR', 'hs_timestamp is required');
        if (!Array.isArray(b.associations)) throw refuse(400, 'VALIDATION_ERROR', 'associations must be a list');
        const id = String(nextId++);
        const pending: string[] = [];
        for (const a of b.associations as Array<{ to?: { id?: string }; types?: Array<{ associationCategory?: string; associationTypeId?: number }> }>) {
          const spec = a.types?.[0];
          const joins = spec && ASSOCIATION_TYPES[spec.associationTypeId ?? -1];
          if (!joins || spec.associationCategory !== 'HUBSPOT_DEFINED' || joins[0] !== type) throw refuse(400, 'VALIDATION_ERROR', `association type ${spec?.associationTypeId} cannot start at ${type}`);
          if (!objects[joins[1]].has(String(a.to?.id))) throw refuse(400, 'VALIDATION_ERROR', `no ${joins[1]} ${a.to?.id} to associate`);
          pending.push(`${joins[1]}:${a.to!.id}`);
        }
        const made = { id, properties: props, createdAt: stamp(), updatedAt: stamp() };
        objects[type].set(id, made);
        for (const other of pending) link(`${type}:${id}`, other);
        return [201, view(made)];
      }
      if (method === 'PATCH' && parts.length === 5) {
        const found = find(type, decodeURIComponent(parts[4]!), url.searchParams.get('idProperty'));
        if (!found) throw refuse(404, 'OBJECT_NOT_FOUND', 'Object not found');
        Object.assign(found.properties, checkProperties(type, b.properties, found.id));
        found.updatedAt = stamp();
        return [200, view(found)];
      }
      if (method === 'POST' && parts[4] === 'batch' && parts[5] === 'read') {
        const wanted = Array.isArray(b.properties) ? (b.properties as string[]) : [];
        const results = ((b.inputs ?? []) as Array<{ id: string }>).map((i) => objects[type].get(String(i.id))).filter((o): o is Stored => o !== undefined);
        return [200, { status: 'COMPLETE', results: results.map((o) => view(o, wanted)), startedAt: stamp(), completedAt: stamp() }];
      }
      if (method === 'POST' && parts[4] === 'search') {
        const filters = ((b.filterGroups ?? []) as Array<{ filters: Array<{ propertyName: string; operator: string; value: string }> }>).flatMap((g) => g.filters);
        if (filters.some((f) => f.operator !== 'EQ')) throw refuse(400, 'VALIDATION_ERROR', 'this fake knows EQ only');
        const hits = [...objects[type].values()].filter((o) => filters.every((f) => o.properties[f.propertyName]?.toLowerCase() === f.value.toLowerCase()));
        const wanted = Array.isArray(b.properties) ? (b.properties as string[]) : [];
        return [200, { total: hits.length, results: hits.slice(0, Number(b.limit ?? 10)).map((o) => view(o, wanted)) }];
      }
    }
    throw refuse(404, 'NOT_FOUND', `no route ${method} ${url.pathname}`);
  }

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const logged: FakeRequest = { method: req.method ?? '', path: `${url.pathname}${url.search}`, body: null, status: 0 };
      const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        logged.status = status;
        res.writeHead(status, { 'content-type': 'application/json;charset=utf-8', ...headers }).end(JSON.stringify(payload));
      };
      requests.push(logged);
      let body: unknown;
      try {
        body = raw ? JSON.parse(raw) : null;
      } catch {
        return send(400, { status: 'error', message: 'Invalid input JSON', category: 'VALIDATION_ERROR' });
      }
      logged.body = body;
      if (req.headers.authorization !== `Bearer ${token}`) {
        return send(401, { status: 'error', message: 'Authentication credentials not found.', category: 'INVALID_AUTHENTICATION' });
      }
      if (limited !== null) {
        const wait = limited;
        limited = null;
        return send(429, { status: 'error', message: 'You have reached your ten_secondly_rolling limit.', errorType: 'RATE_LIMIT', policyName: 'TEN_SECONDLY_ROLLING' }, { 'retry-after': String(wait) });
      }
      try {
        const [status, payload] = handle(req.method ?? 'GET', url, body);
        send(status, payload);
      } catch (error) {
        if (error instanceof Refusal) return send(error.status, error.body);
        send(500, { status: 'error', message: String(error), category: 'INTERNAL' });
      }
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    token,
    requests,
    objects,
    associations,
    limitOnce: (seconds) => void (limited = seconds),
    seed(type, props) {
      const id = String(nextId++);
      objects[type].set(id, { id, properties: props, createdAt: stamp(), updatedAt: stamp() });
      return id;
    },
    creates: (type, status = 201) => requests.filter((r) => r.method === 'POST' && r.path === `/crm/v3/objects/${type}` && r.status === status).length,
    associated: (a, b) => associations.has(`${a[0]}:${a[1]}|${b[0]}:${b[1]}`),
    close: () => new Promise((done) => server.close(() => done())),
  };
}
