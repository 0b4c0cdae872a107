import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderArgument, folderForPath, launchTarget, openTarget, withinKnownFolder } from './launch-args';

const cwd = resolve('/home/writer');

describe('folderArgument', () => {
  it('takes the first argument of a packaged app', () => {
    expect(folderArgument(['/opt/Postwright/postwright', '/home/writer/blog'], { defaultApp: false, cwd })).toBe(
      resolve('/home/writer/blog'),
    );
  });

  it('skips the app path when run as `electron <app>`, and Chromium or Playwright switches', () => {
    const argv = ['/usr/bin/electron', '--inspect=0', '--remote-debugging-port=0', '/repo/out/main/index.js', 'blog'];
    expect(folderArgument(argv, { defaultApp: true, cwd })).toBe(resolve(cwd, 'blog'));
  });

  it('is undefined without an argument', () => {
    expect(folderArgument(['/usr/bin/electron', '.'], { defaultApp: true, cwd })).toBeUndefined();
    expect(folderArgument(['/opt/Postwright/postwright', '--no-sandbox'], { defaultApp: false, cwd })).toBeUndefined();
    expect(folderArgument([], { defaultApp: false, cwd })).toBeUndefined();
  });

  it('opens the folder of a Markdown file (a file association)', () => {
    expect(folderArgument(['/opt/Postwright/postwright', 'blog/posts/Hello.MD'], { defaultApp: false, cwd })).toBe(
      resolve(cwd, 'blog/posts'),
    );
  });
});

describe('folderForPath', () => {
  it('keeps folders and resolves relative paths', () => {
    expect(folderForPath('blog', cwd)).toBe(resolve(cwd, 'blog'));
    expect(folderForPath('/srv/site.markdown', cwd)).toBe(resolve('/srv'));
  });
});

describe('launchTarget', () => {
  it('names a post and its folder for a Markdown file, the folder alone otherwise', () => {
    expect(launchTarget(['/opt/Postwright/postwright', 'blog/posts/Hello.md'], { defaultApp: false, cwd })).toEqual({
      folder: resolve(cwd, 'blog/posts'),
      post: 'Hello.md',
    });
    expect(launchTarget(['/opt/Postwright/postwright', '/srv/blog'], { defaultApp: false, cwd })).toEqual({
      folder: resolve('/srv/blog'),
      post: null,
    });
  });

  it("reads a second launch's argv, with Chromium's switches, against that launch's directory", () => {
    const argv = ['/opt/Postwright/postwright', '--allow-file-access-from-files', '--original-process-start-time=1', 'notes.markdown'];
    expect(launchTarget(argv, { defaultApp: false, cwd: resolve('/tmp/elsewhere') })).toEqual({
      folder: resolve('/tmp/elsewhere'),
      post: 'notes.markdown',
    });
    expect(launchTarget(['/opt/Postwright/postwright', '--flag'], { defaultApp: false, cwd })).toBeUndefined();
  });
});

describe('openTarget', () => {
  it('takes only .md and .markdown files for posts', () => {
    expect(openTarget('/srv/readme.txt', cwd)).toEqual({ folder: resolve('/srv/readme.txt'), post: null });
    expect(openTarget('/srv/blog.mdx', cwd).post).toBeNull();
  });
});

describe('withinKnownFolder', () => {
  const post = openTarget('/home/w/blog/content/posts/hello.md', cwd);

  it('opens a post in the deepest known folder holding it, named by its path there', () => {
    expect(withinKnownFolder(post, [resolve('/srv'), resolve('/home/w/blog'), resolve('/home/w')])).toEqual({
      folder: resolve('/home/w/blog'),
      post: 'content/posts/hello.md',
    });
  });

  it('leaves folders, and posts outside every known folder, as they are', () => {
    expect(withinKnownFolder(post, [resolve('/home/w/blog-old'), resolve('/srv')])).toEqual(post);
    const folder = openTarget('/home/w/blog', cwd);
    expect(withinKnownFolder(folder, [resolve('/home/w')])).toEqual(folder);
  });
});
