import { redo, undo } from '@codemirror/commands';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from 'react';
import type { PostSummary, SiteGenerator } from '../../shared/api';
import { parseFrontMatter } from '../../shared/posts/front-matter';
import { SITE_LABELS } from '../../shared/site/site-kinds';
import type { EditorController } from '../editor/editor-controller';
import { tagsOf } from '../sidebar/post-filter';
import type { SettingsStore } from '../settings/settings-store';
import { FRONT_MATTER_OTHER_FIELDS, FRONT_MATTER_PANEL } from '../settings/view-settings';
import type { Workspace } from '../workspace/workspace';
import { ChipsField } from './ChipsField';
import { CommitTextField } from './CommitTextField';
import { DateField } from './DateField';
import { DisclosureChevron } from './DisclosureChevron';
import { draftWrites, frontMatterModel, tagsWrite, type FieldWrite, type FrontMatterModel } from './front-matter-model';
import { loadedFrontMatterWriter, loadFrontMatterWriter, type FrontMatterWriter } from './load-front-matter-writer';
import { OtherFieldControl } from './OtherFieldControl';
import { UnreadableFrontMatter } from './UnreadableFrontMatter';
import { useFrontMatterHead } from './use-front-matter-head';
import { parseWrittenDate } from './written-date';

interface FrontMatterPanelProps {
  readonly workspace: Workspace;
  readonly editor: Pick<EditorController, 'focus' | 'run'>;
  readonly generator: SiteGenerator;
  readonly path: string;
  /** The folder's posts: their tags are offered as the writer types one. */
  readonly posts: readonly PostSummary[];
  /** Where the panel's open state and its other fields' are remembered. */
  readonly settings: SettingsStore;
}

const FORMAT_LABELS = { yaml: 'YAML', toml: 'TOML', json: 'JSON', executable: 'Code' } as const;

/**
 * The open post's front matter as a form above the editor: title, date, tags, draft state,
 * description and every other key. Each edit is a CodeMirror transaction on the post (see
 * front-matter-transaction.ts), so it is saved, undone and redone with the text; edits typed in
 * the text show here as they happen.
 */
export function FrontMatterPanel({ workspace, editor, generator, path, posts, settings }: FrontMatterPanelProps) {
  const { id: documentId, head } = useFrontMatterHead(workspace);
  useSyncExternalStore(settings.subscribe, settings.version);
  const open = settings.get(FRONT_MATTER_PANEL);
  const moreOpen = settings.get(FRONT_MATTER_OTHER_FIELDS);
  const model = useMemo(() => frontMatterModel(parseFrontMatter(head), path, generator), [head, path, generator]);
  const knownTags = useMemo(() => tagsOf(posts), [posts]);
  const listedTitle = model.title.value === '' ? posts.find((post) => post.id === path)?.title : undefined;
  const [problem, setProblem] = useState<{ head: string; message: string } | null>(null);
  const uid = useId();
  const bodyId = `${uid}-body`;
  const toggleRef = useRef<HTMLButtonElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    // Collapsed (by the command, from the menu) while a field had focus: keep focus in the panel, on its toggle.
    if (!open && bodyRef.current?.contains(document.activeElement)) toggleRef.current?.focus();
  }, [open]);

  useEffect(() => {
    // Loaded while the writer reads the post, so the first edit applies at once; a failure shows on that edit.
    loadFrontMatterWriter().catch(() => {});
  }, []);
  const write = (writes: readonly FieldWrite[]) => {
    const apply = (frontMatterTransaction: FrontMatterWriter) => {
      const shown = workspace.active;
      if (!shown || shown.id !== documentId) return;
      try {
        const spec = frontMatterTransaction(shown.state, writes);
        if (spec) workspace.update(shown.id, spec);
        setProblem(null);
      } catch (error) {
        setProblem({ head, message: error instanceof Error ? error.message : String(error) });
      }
    };
    const writer = loadedFrontMatterWriter();
    if (writer) apply(writer);
    else loadFrontMatterWriter().then(apply, (error: unknown) => setProblem({ head, message: `The front matter editor could not load: ${String(error)}` }));
  };
  const goToLine = (line: number) => {
    const shown = workspace.active;
    if (!shown) return;
    const doc = shown.state.doc;
    workspace.update(shown.id, { selection: { anchor: doc.line(Math.min(Math.max(1, line), doc.lines)).from }, scrollIntoView: true });
    editor.focus();
  };
  // Undo and redo in the panel act on the post's history, so a panel edit just made is undone
  // where it was made; a field with an edit of its own in progress keeps the browser's undo.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    if (target.dataset.pending === 'true' || !(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    const command = key === 'z' ? (event.shiftKey ? redo : undo) : key === 'y' && !event.shiftKey ? redo : null;
    if (!command) return;
    event.preventDefault();
    editor.run(command);
    target.focus();
  };

  const datePickable = model.date.written === null || parseWrittenDate(model.date.written) !== null;
  const row = (label: string, key: string | null, control: (id: string) => ReactNode, { note, name = label, inline = false }: { note?: ReactNode; name?: string; inline?: boolean } = {}) => {
    const id = `${uid}-${name}`;
    const noteId = note ? `${id}-note` : undefined;
    return (
      <div className="fm-row" key={name}>
        <label className="fm-label" htmlFor={id}>
          {label}
          {key !== null && key !== label.toLowerCase() && <span className="fm-key">{key}</span>}
        </label>
        <div className={inline ? 'fm-control is-inline' : 'fm-control'}>
          {control(id)}
          {note && (
            <p className="fm-note" id={noteId}>
              {note}
            </p>
          )}
        </div>
      </div>
    );
  };

  return (
    <section className={open ? 'fm-panel is-open' : 'fm-panel'} aria-label="Front matter" onKeyDown={onKeyDown}>
      <div className="fm-header">
        <button ref={toggleRef} type="button" className="fm-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => settings.set(FRONT_MATTER_PANEL, !open)}>
          <DisclosureChevron />
          Front matter
        </button>
        <span className="fm-summary">{summary(model)}</span>
        {model.format !== null && <span className="badge badge-quiet fm-format">{FORMAT_LABELS[model.format]}</span>}
        {model.status === 'error' && <span className="badge">Needs a fix</span>}
      </div>
      <div className="fm-body" id={bodyId} ref={bodyRef} hidden={!open}>
        {model.status === 'error' ? (
          <UnreadableFrontMatter model={model} onGoToLine={goToLine} />
        ) : (
          <>
            {model.status === 'none' && <p className="fm-note fm-intro">This post has no front matter. Filling in a field adds a YAML block at its top.</p>}
            {problem !== null && problem.head === head && (
              <p className="fm-problem" role="alert">
                {problem.message}
              </p>
            )}
            <div className="fm-grid">
              {row('Title', model.title.key, (id) => (
                <CommitTextField
                  id={id}
                  value={model.title.value}
                  // Without one, the list shows the first heading or the file name: say so.
                  placeholder={listedTitle ? `${listedTitle} (from the text or file name)` : undefined}
                  disabled={!model.title.editable}
                  onCommit={(value) => write([[model.title.key, value]])}
                />
              ))}
              {row(
                'Date',
                model.date.key,
                (id) => (
                  <DateField
                    id={id}
                    written={model.date.written}
                    disabled={!model.date.editable}
                    describedBy={model.date.fromFileName || !datePickable ? `${id}-note` : undefined}
                    onCommit={(written) => write([[model.date.key, written]])}
                  />
                ),
                {
                  note: model.date.fromFileName
                    ? `From the file name. A date set here is written as “${model.date.key}” and ${SITE_LABELS[generator]} uses it instead.`
                    : !datePickable
                      ? 'Not in a form a date picker shows (2024-06-01), so it is edited as text.'
                      : undefined,
                },
              )}
              {row(
                'Tags',
                model.tags.key,
                (id) => (
                  <ChipsField
                    id={id}
                    noun="tag"
                    values={model.tags.shown}
                    suggestions={knownTags}
                    disabled={!model.tags.editable}
                    onChange={(tags) => write([tagsWrite(model, tags)])}
                  />
                ),
                {
                  note:
                    model.tags.collections.length > 0
                      ? `Also in the ${model.tags.collections.map((tag) => `“${tag}”`).join(', ')} collection; kept as is.`
                      : !model.tags.editable
                        ? 'Nested values: edit them in the text.'
                        : undefined,
                },
              )}
              {row(
                'Draft',
                null,
                (id) => (
                  <input
                    id={id}
                    type="checkbox"
                    className="fm-checkbox"
                    checked={model.draft.draft}
                    disabled={model.draft.byFolder}
                    aria-describedby={`${id}-note`}
                    onChange={(event) => write(draftWrites(model, event.target.checked))}
                  />
                ),
                { note: draftNote(model), inline: true },
              )}
              {row('Description', model.description.key, (id) => (
                <CommitTextField
                  id={id}
                  value={model.description.value}
                  multiline={model.description.value.includes('\n')}
                  disabled={!model.description.editable}
                  onCommit={(value) => write([[model.description.key, value]])}
                />
              ))}
            </div>
            {model.others.length > 0 && (
              <div className="fm-more">
                <button type="button" className="fm-more-toggle" aria-expanded={moreOpen} aria-controls={`${uid}-more`} onClick={() => settings.set(FRONT_MATTER_OTHER_FIELDS, !moreOpen)}>
                  <DisclosureChevron />
                  Other fields <span className="fm-count">{model.others.length}</span>
                  {!moreOpen && <span className="fm-more-keys">{model.others.map((field) => field.key).join(', ')}</span>}
                </button>
                <div className="fm-grid" id={`${uid}-more`} hidden={!moreOpen}>
                  {model.others.map((field, index) =>
                    row(field.key, null, (id) => <OtherFieldControl id={id} field={field} model={model} write={write} />, { name: `other-${index}` }),
                  )}
                </div>
              </div>
            )}
          </>
        )}
      </div>
    </section>
  );
}

/** The collapsed header's one line: title, date, tag count, draft. */
function summary(model: FrontMatterModel): string {
  if (model.status === 'error') return model.format === 'executable' ? 'Code front matter (read-only)' : 'Could not be read';
  if (model.status === 'none') return 'None yet';
  const parts = [model.title.value || 'Untitled'];
  if (model.date.written) parts.push(model.date.written);
  if (model.tags.shown.length > 0) parts.push(`${model.tags.shown.length} ${model.tags.shown.length === 1 ? 'tag' : 'tags'}`);
  if (model.draft.draft) parts.push('Draft');
  return parts.join(' · ');
}

function draftNote(model: FrontMatterModel): ReactNode {
  if (model.draft.byFolder) {
    return (
      <>
        In <code>_drafts/</code>, so it is not published. Moving it to <code>_posts/</code> (with a date in its name) publishes it; Postwright leaves that move to you.
      </>
    );
  }
  const written = model.draft.key === 'published' ? 'published: false' : 'draft: true';
  return model.draft.draft ? (
    <>
      Not published: <code>{written}</code>
    </>
  ) : (
    <>
      Published. A draft is written as <code>{written}</code>
    </>
  );
}
