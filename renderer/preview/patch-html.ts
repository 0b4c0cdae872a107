/**
 * Makes `target`'s children equal to `html`, touching only what changed. Replacing the whole
 * preview on each keystroke re-lays out every block (≈120 ms for a 100 KB post) and reloads
 * images; a typical edit changes one paragraph. The result is the same DOM as `innerHTML = html`.
 */
export function patchHtml(target: Element, html: string): void {
  const template = target.ownerDocument.createElement('template');
  template.innerHTML = html;
  patchChildren(target, template.content);
}

function patchChildren(target: Node, source: Node): void {
  const before = Array.from(target.childNodes);
  const after = Array.from(source.childNodes);
  // Skip the unchanged blocks at both ends; what is left in the middle is the edit.
  let start = 0;
  while (start < before.length && start < after.length && before[start]!.isEqualNode(after[start]!)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1]!.isEqualNode(after[endAfter - 1]!)) {
    endBefore--;
    endAfter--;
  }
  if (start === endBefore && start === endAfter) return;
  // One element changed inside the same wrapper (the article, its body): descend into it.
  if (endBefore - start === 1 && endAfter - start === 1 && sameWrapper(before[start]!, after[start]!)) {
    patchChildren(before[start]!, after[start]!);
    return;
  }
  const anchor = before[endBefore] ?? null;
  for (let i = start; i < endBefore; i++) before[i]!.remove();
  for (let i = start; i < endAfter; i++) target.insertBefore(after[i]!, anchor);
}

/** Same tag and attributes: only the children differ. */
function sameWrapper(a: Node, b: Node): boolean {
  if (!(a instanceof Element) || !(b instanceof Element) || a.tagName !== b.tagName) return false;
  if (a.attributes.length !== b.attributes.length) return false;
  for (const attribute of Array.from(a.attributes)) {
    if (b.getAttribute(attribute.name) !== attribute.value) return false;
  }
  return true;
}
