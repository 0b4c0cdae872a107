import type { z } from 'zod';
import { API_ARGUMENTS } from '../../shared/api/arguments';
import type { PostwrightApi } from '../../shared/api/contract';
import { fail, type Result } from '../../shared/api/result';
import type { ApiEndpoint } from '../../shared/api/shape';

/**
 * The host side of every transport: checks a call's arguments against the method's schema, then
 * runs it. Never throws; a bad argument list is INVALID with a sentence saying what is wrong.
 */
export async function dispatchEndpoint(api: PostwrightApi, endpoint: ApiEndpoint, args: unknown): Promise<Result<unknown>> {
  const checked = checkArguments(endpoint, args);
  if (!checked.ok) return checked;
  const area = api[endpoint.area] as unknown as Record<string, (...a: unknown[]) => Promise<Result<unknown>>>;
  try {
    return await area[endpoint.method]!(...checked.value);
  } catch (error) {
    // Services return Results; a throw is a bug. Answer with a value all the same.
    console.error(`[postwright] ${endpoint.name} threw`, error);
    return fail('INTERNAL', error instanceof Error ? error.message : String(error));
  }
}

const schemaOf = (endpoint: ApiEndpoint): z.ZodTuple =>
  (API_ARGUMENTS as unknown as Record<string, Record<string, z.ZodTuple>>)[endpoint.area]![endpoint.method]!;

export function checkArguments(endpoint: ApiEndpoint, args: unknown): Result<unknown[]> {
  const schema = schemaOf(endpoint);
  const expected = schema.def.items.length;
  // Count first: a three-million-element array is refused without looking at its elements.
  if (!Array.isArray(args) || args.length !== expected) {
    const given = Array.isArray(args) ? `${args.length}` : 'no list of';
    return fail('INVALID', `${endpoint.name} takes ${expected} argument${expected === 1 ? '' : 's'}, not ${given}.`);
  }
  const parsed = schema.safeParse(args);
  if (parsed.success) return { ok: true, value: parsed.data as unknown[] };
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length > 1 ? ` (${issue.path.slice(1).join('.')})` : '';
  return fail('INVALID', `${endpoint.name}: argument ${Number(issue.path[0] ?? 0) + 1}${where} ${issue.message.toLowerCase()}.`);
}
