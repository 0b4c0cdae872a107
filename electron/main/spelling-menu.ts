import type { MenuItemConstructorOptions } from 'electron';

/**
 * The page's context menu in Electron, as data (tests read it without Electron): for a misspelled
 * word, the platform checker's suggestions and "Add to Dictionary" first, then the editing items.
 * Chromium shows no menu of its own in Electron, so without this the spell checker underlines
 * words but offers no way to fix them. Empty when there is nothing to offer (the page's own menus
 * call preventDefault and never get here).
 */
export interface SpellingContext {
  readonly isEditable: boolean;
  readonly misspelledWord: string;
  readonly dictionarySuggestions: readonly string[];
  readonly selectionText: string;
  readonly editFlags: { readonly canCut: boolean; readonly canCopy: boolean; readonly canPaste: boolean; readonly canSelectAll: boolean };
}

export interface SpellingActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

/** More suggestions than this bury the editing items; the checker orders them best first. */
const MAX_SUGGESTIONS = 6;

export function spellingMenu(context: SpellingContext, actions: SpellingActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  const word = context.misspelledWord.trim();
  if (context.isEditable && word) {
    const suggestions = context.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) items.push({ label: 'No Guesses Found', enabled: false });
    for (const suggestion of suggestions) items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    items.push({ type: 'separator' }, { label: 'Add to Dictionary', click: () => actions.addToDictionary(word) }, { type: 'separator' });
  }
  if (context.isEditable) {
    items.push(
      { role: 'cut', enabled: context.editFlags.canCut },
      { role: 'copy', enabled: context.editFlags.canCopy },
      { role: 'paste', enabled: context.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: context.editFlags.canSelectAll },
    );
  } else if (context.selectionText.trim()) {
    items.push({ role: 'copy', enabled: context.editFlags.canCopy });
  }
  return items;
}

/**
 * The spell checker's languages on Windows and Linux (macOS uses the system's own checker and
 * ignores this): the user's preferred languages the checker has dictionaries for, matched exactly
 * (`en-GB`) or by language (`de` → `de-DE`); US English when none match.
 */
export function spellCheckerLanguages(preferred: readonly string[], available: readonly string[]): string[] {
  const chosen: string[] = [];
  const lowerAvailable = available.map((code) => code.toLowerCase());
  for (const language of preferred) {
    const wanted = language.toLowerCase();
    let index = lowerAvailable.indexOf(wanted);
    if (index < 0) index = lowerAvailable.findIndex((code) => code.split('-')[0] === wanted.split('-')[0]);
    if (index >= 0 && !chosen.includes(available[index]!)) chosen.push(available[index]!);
  }
  if (chosen.length === 0 && available.includes('en-US')) chosen.push('en-US');
  return chosen;
}
