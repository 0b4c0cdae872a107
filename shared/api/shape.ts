import type { ApiArea, PostwrightApi } from './contract';

/**
 * The runtime list of API methods. `satisfies` makes it exactly the contract: a method missing
 * here or named here but absent from PostwrightApi is a compile error.
 */
export const API_SHAPE = {
  posts: { list: true, read: true, save: true, create: true, setField: true, search: true, rename: true, duplicate: true, trash: true, restore: true, saveImage: true, listPage: true },
  folder: { current: true, open: true, pick: true, complete: true, setExportImages: true, setRemoteContent: true },
  export: { render: true, save: true, savePdf: true, site: true, cancelSite: true },
  journal: { record: true, discard: true, recoverable: true },
  app: { info: true, answerClose: true, setTheme: true },
} as const satisfies { readonly [A in keyof PostwrightApi]: Readonly<Record<keyof PostwrightApi[A], true>> };

export interface ApiEndpoint {
  readonly area: ApiArea;
  readonly method: string;
  /** `posts.list`: the one name both transports derive their channel or route from. */
  readonly name: string;
}

/** Every method of the API, in declaration order. */
export const API_ENDPOINTS: readonly ApiEndpoint[] = Object.entries(API_SHAPE).flatMap(([area, methods]) =>
  Object.keys(methods).map((method) => ({ area: area as ApiArea, method, name: `${area}.${method}` })),
);

/** The IPC channel of a method: the only place a channel string is built. */
export const ipcChannel = (endpoint: ApiEndpoint): string => `postwright:${endpoint.name}`;

/** The HTTP route of a method. */
export const httpRoute = (endpoint: ApiEndpoint): string => `/api/${endpoint.area}/${endpoint.method}`;


/** Builds a PostwrightApi whose every method forwards to `invoke`; used by both client-side adapters. */
export function createApiProxy(invoke: (endpoint: ApiEndpoint, args: unknown[]) => Promise<unknown>): PostwrightApi {
  const api: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const endpoint of API_ENDPOINTS) {
    (api[endpoint.area] ??= {})[endpoint.method] = (...args: unknown[]) => invoke(endpoint, args);
  }
  return api as unknown as PostwrightApi;
}
