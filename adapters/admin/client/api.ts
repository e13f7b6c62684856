/** JSON calls to the admin API (/api/admin/…) with the session's CSRF token (the page puts it in a meta tag). */
export interface ApiResult<T> {
  ok: boolean;
  status: number;
  data: T;
}

const csrfToken = () => document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';

export async function api<T>(method: 'GET' | 'PUT' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<ApiResult<T>> {
  const response = await fetch(`/api/admin/${path}`, {
    method,
    credentials: 'same-origin',
    headers: { 'x-csrf-token': csrfToken(), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { ok: response.ok, status: response.status, data: (text ? JSON.parse(text) : null) as T };
}

/** The message of an `{error: {message}}` answer, or a plain fallback. */
export function problemOf(data: unknown, fallback: string): string {
  const message = (data as { error?: { message?: unknown } } | null)?.error?.message;
  return typeof message === 'string' ? message : fallback;
}
