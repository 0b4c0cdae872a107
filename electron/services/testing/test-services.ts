import { join } from 'node:path';
import { createAppServices, type AppServicesOptions } from '../create-app-services';
import { tempFolder } from './temp-folder';

/** The sample blog the app copies on first launch. */
export const SAMPLE_BLOG_SOURCE = join(import.meta.dirname, '../../../assets/sample-blog');

/** The API as `serve` builds it, over a fresh user-data folder unless given one; tests override what they check. */
export async function testServices(options: Partial<AppServicesOptions> = {}) {
  return createAppServices({
    userDataDir: options.userDataDir ?? (await tempFolder()),
    sampleBlogSource: SAMPLE_BLOG_SOURCE,
    dialogs: null,
    transport: 'http',
    version: '1.0.0',
    platform: 'linux',
    ...options,
  });
}
