import { describe, expect, it, vi } from 'vitest';
import { spellCheckerLanguages, spellingMenu, type SpellingContext } from './spelling-menu';

const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
const context = (over: Partial<SpellingContext>): SpellingContext => ({ isEditable: true, misspelledWord: '', dictionarySuggestions: [], selectionText: '', editFlags: flags, ...over });

describe('spellingMenu', () => {
  it('offers the suggestions for a misspelled word, then Add to Dictionary and the edit items', () => {
    const actions = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
    const items = spellingMenu(context({ misspelledWord: 'teh', dictionarySuggestions: ['the', 'ten', 'tea'] }), actions);
    expect(items.map((item) => item.label ?? item.role ?? item.type)).toEqual(['the', 'ten', 'tea', 'separator', 'Add to Dictionary', 'separator', 'cut', 'copy', 'paste', 'separator', 'selectAll']);
    items[0]!.click!(undefined as never, undefined, undefined as never);
    expect(actions.replaceMisspelling).toHaveBeenCalledWith('the');
    items[4]!.click!(undefined as never, undefined, undefined as never);
    expect(actions.addToDictionary).toHaveBeenCalledWith('teh');
  });
  it('says so when the checker has no guesses', () =>
    expect(spellingMenu(context({ misspelledWord: 'qwxz' }), { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() })[0]).toMatchObject({ label: 'No Guesses Found', enabled: false }));
  it('offers only the edit items on a correct word, Copy on selected page text, nothing elsewhere', () => {
    const actions = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
    expect(spellingMenu(context({}), actions).map((item) => item.role ?? item.type)).toEqual(['cut', 'copy', 'paste', 'separator', 'selectAll']);
    expect(spellingMenu(context({ isEditable: false, selectionText: 'some text' }), actions).map((item) => item.role)).toEqual(['copy']);
    expect(spellingMenu(context({ isEditable: false }), actions)).toEqual([]);
  });
});

describe('spellCheckerLanguages', () => {
  const available = ['de-DE', 'en-GB', 'en-US', 'fr', 'pt-BR'];
  it('keeps the preferred languages that have a dictionary, in order', () => expect(spellCheckerLanguages(['en-GB', 'fr-FR', 'ja'], available)).toEqual(['en-GB', 'fr']));
  it('matches by language when the region differs', () => expect(spellCheckerLanguages(['de-AT', 'pt'], available)).toEqual(['de-DE', 'pt-BR']));
  it('falls back to US English', () => expect(spellCheckerLanguages(['ja-JP'], available)).toEqual(['en-US']));
});
