import { fail, ok, type Result } from '../../shared/api/result';

/**
 * No API argument nests deeper than a few levels; 64 leaves room and stops a nesting bomb
 * (`[[[[…` five million deep) before JSON.parse spends seconds on it.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Parses a request body that must be a JSON array of arguments. The depth is measured first by
 * one pass over the characters (skipping strings), which costs far less than the parse it guards.
 */
export function parseJsonArguments(body: string): Result<unknown[]> {
  if (jsonDepthExceeds(body, MAX_JSON_DEPTH)) return fail('INVALID', `The request nests deeper than ${MAX_JSON_DEPTH} levels.`);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return fail('INVALID', 'The request body must be a JSON array of arguments.');
  }
  return Array.isArray(value) ? ok(value) : fail('INVALID', 'The request body must be a JSON array of arguments.');
}

export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > limit) return true;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return false;
}
