import { describe, expect, it } from 'vitest';
import type { SiteInfo } from '../api/types';
import { defaultAltText, imageBaseName, imageFileName, imageMarkdown, imageUrl, planImagePlacement } from './image-placement';
import { folderImageUrl } from './folder-image-url';

type Site = Pick<SiteInfo, 'generator' | 'assets'>;
const hugo: Site = { generator: 'hugo', assets: { folder: 'static', urlRoot: '/' } };
const jekyll: Site = { generator: 'jekyll', assets: { folder: '', urlRoot: '/' } };
const hexo: Site = { generator: 'hexo', assets: { folder: 'source', urlRoot: '/' } };
const astro: Site = { generator: 'astro', assets: { folder: 'public', urlRoot: '/' } };
const eleventy: Site = { generator: 'eleventy', assets: { folder: 'public', urlRoot: '/' } };
const plain: Site = { generator: 'plain', assets: { folder: '', urlRoot: '/' } };

/** Where the file lands and what the post says, for a file named `cat.png`. */
function place(site: Site, postId: string) {
  const placement = planImagePlacement(site, postId);
  const url = imageUrl(placement, 'cat.png');
  return { file: placement.folder === '' ? 'cat.png' : `${placement.folder}/cat.png`, url };
}

describe('where a pasted image goes, per generator', () => {
  it.each([
    ['Hugo page bundle', hugo, 'content/posts/trip/index.md', 'content/posts/trip/cat.png', 'cat.png'],
    ['Hugo single file', hugo, 'content/posts/trip.md', 'static/images/cat.png', '/images/cat.png'],
    ['Hugo _index is not a page bundle leaf', hugo, 'content/posts/_index.md', 'static/images/cat.png', '/images/cat.png'],
    ['Jekyll', jekyll, '_posts/2024-01-02-trip.md', 'assets/images/cat.png', '/assets/images/cat.png'],
    ['Hexo', hexo, 'source/_posts/trip.md', 'source/images/cat.png', '/images/cat.png'],
    ['Astro', astro, 'src/content/blog/trip.md', 'public/images/cat.png', '/images/cat.png'],
    ['Eleventy', eleventy, 'posts/trip.md', 'public/images/cat.png', '/images/cat.png'],
    ['plain folder', plain, 'notes/My Trip.md', 'notes/My Trip-assets/cat.png', 'My%20Trip-assets/cat.png'],
    ['plain folder at the root', plain, 'trip.markdown', 'trip-assets/cat.png', 'trip-assets/cat.png'],
    ['a site with no known static root', { generator: 'hugo', assets: null } as Site, 'content/a.md', 'content/a-assets/cat.png', 'a-assets/cat.png'],
  ])('%s', (_name, site, postId, file, url) => {
    expect(place(site, postId)).toEqual({ file, url });
  });

  it('the URL written is the one the preview loads from the file just written', () => {
    for (const [site, postId] of [
      [hugo, 'content/posts/trip/index.md'],
      [hugo, 'content/posts/trip.md'],
      [jekyll, '_posts/2024-01-02-trip.md'],
      [hexo, 'source/_posts/trip.md'],
      [astro, 'src/content/blog/trip.md'],
      [plain, 'notes/My Trip.md'],
    ] as const) {
      const { file, url } = place(site, postId);
      expect(folderImageUrl(url, postId, site.generator === 'plain' ? null : site.assets)).toBe(`/_folder/${file.split('/').map(encodeURIComponent).join('/')}`);
    }
  });

  it('a URL root other than / is kept', () => {
    expect(place({ generator: 'hugo', assets: { folder: 'static', urlRoot: '/blog' } }, 'content/a.md').url).toBe('/blog/images/cat.png');
  });
});

describe('image names', () => {
  const now = new Date(2024, 0, 2, 3, 4, 5);
  it('slugs the file name to safe lower-case ASCII', () => {
    expect(imageBaseName('My Holiday Photo.PNG', now)).toBe('my-holiday-photo');
    expect(imageBaseName('Café ünd Straße.jpg', now)).toBe('cafe-uend-strasse');
    expect(imageBaseName('../../etc/passwd.png', now)).toBe('etc-passwd');
    expect(imageBaseName('con.png', now)).toBe('con'); // the host's portable-name check then moves on to con-2
  });
  it('dates a clipboard image whose name says nothing', () => {
    expect(imageBaseName('image.png', now)).toBe('image-20240102-030405');
    expect(imageBaseName('', now)).toBe('image-20240102-030405');
    expect(imageBaseName('日本語.png', now)).toBe('image-20240102-030405');
  });
  it('numbers the next candidates', () => {
    expect([1, 2, 3].map((n) => imageFileName('cat', 'png', n))).toEqual(['cat.png', 'cat-2.png', 'cat-3.png']);
  });
});

describe('the Markdown written', () => {
  it('offers the file name in words as alt text, nothing for a clipboard name', () => {
    expect(defaultAltText('my-cat_2.png')).toBe('my cat 2');
    expect(defaultAltText('image.png')).toBe('');
  });
  it('escapes alt text that would close the brackets, and wraps a URL with spaces', () => {
    expect(imageMarkdown('a [b] c\\', '/images/x.png')).toBe('![a \\[b\\] c\\\\](/images/x.png)');
    expect(imageMarkdown('two\nlines', 'a b/x.png')).toBe('![two lines](<a b/x.png>)');
  });
});
