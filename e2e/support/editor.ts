import type { Page } from '@playwright/test';

export const modKey = process.platform === 'darwin' ? 'Meta' : 'Control';

export const postButton = (page: Page, title: string | RegExp) =>
  page.getByRole('navigation', { name: 'Posts' }).getByRole('button', { name: title });

export const editorContent = (page: Page) => page.locator('.cm-content');

export const preview = (page: Page) => page.getByRole('region', { name: 'Preview' });

/** Opens a post from the sidebar and waits until its text is in the editor. */
export async function openPost(page: Page, title: string | RegExp, expectText: string): Promise<void> {
  await postButton(page, title).click();
  await page.locator('.cm-content', { hasText: expectText }).waitFor();
}

/** Puts the cursor at the end of the document and types. */
export async function typeAtEnd(page: Page, text: string): Promise<void> {
  await editorContent(page).click();
  await page.keyboard.press(`${modKey}+End`);
  await page.keyboard.type(text);
}

/** The number in the first "Section N" / "Paragraph N" text at the top of a scrolled box. */
export async function sectionAtTop(page: Page, scroller: string, item: string): Promise<number> {
  return page.evaluate(
    ([scrollerSelector, itemSelector]) => {
      const box = document.querySelector(scrollerSelector)!.getBoundingClientRect();
      const items = Array.from(document.querySelectorAll(itemSelector));
      const first = items.find((element) => element.getBoundingClientRect().bottom > box.top + 4);
      const match = /(?:Section|Paragraph) (\d+)/.exec(first?.textContent ?? '');
      return match ? Number(match[1]) : -1;
    },
    [scroller, item] as const,
  );
}
