// The same JSON API the app uses, with the signed-in person's token. Errors are RFC 9457 problem
// documents; a 401 is tried once more with a refreshed token, and if that fails the session ends.
import { SessionEnded, end, token } from './session';

export interface Problem { status: number; title: string; detail?: string; errors?: { field: string; message: string }[]; }

export class ApiError extends Error {
  constructor(readonly problem: Problem) { super(problem.detail ?? problem.title); }
}

export async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await checked(method, path, body, 'application/json');
  if (response.status === 204) {
    return undefined as T;
  }
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The answer as a file (a PDF, a photo), asked for with its media type. */
export async function file(method: string, path: string, accept: string, body?: unknown): Promise<Blob> {
  return (await checked(method, path, body, accept)).blob();
}

async function checked(method: string, path: string, body: unknown, accept: string): Promise<Response> {
  let response = await send(method, path, body, false, accept);
  if (response.status === 401) {
    response = await send(method, path, body, true, accept);
    if (response.status === 401) {
      await end('Your session has ended. Sign in again to carry on.');
      throw new SessionEnded();
    }
  }
  if (!response.ok) {
    let problem: Problem;
    try {
      problem = await response.json();
    } catch {
      problem = { status: response.status, title: response.statusText || 'The request failed' };
    }
    throw new ApiError(problem);
  }
  return response;
}

async function send(method: string, path: string, body: unknown, refresh: boolean, accept: string): Promise<Response> {
  const headers: Record<string, string> = { Authorization: `Bearer ${await token(refresh)}`, Accept: accept };
  if (body instanceof FormData) {
    return fetch(path, { method, headers, body }); // multipart: the browser writes its Content-Type
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  return fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

export const get = <T>(path: string) => call<T>('GET', path);
export const post = <T>(path: string, body?: unknown) => call<T>('POST', path, body);
export const put = <T>(path: string, body?: unknown) => call<T>('PUT', path, body);
export const del = <T>(path: string) => call<T>('DELETE', path);

export function message(error: unknown): string {
  if (error instanceof ApiError) {
    const fields = error.problem.errors?.map((e) => `${e.field} ${e.message}`).join('; ');
    return fields ? `${error.message}: ${fields}` : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
