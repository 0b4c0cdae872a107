import { describe, expect, it } from 'vitest';
import { loadBuilderConfig } from '../../scripts/check-builder-config.mjs';
import { APP_ID } from './app-identity';

describe('APP_ID', () => {
  it('is the appId the installers are built with', () => {
    expect((loadBuilderConfig() as { appId?: unknown }).appId).toBe(APP_ID);
  });
});
