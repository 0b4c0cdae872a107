import { useId, useState } from 'react';
import type { SiteExportChoice } from '../state/app-state';
import { ModalDialog } from './ModalDialog';
import { FormDialogFooter } from './FormDialogFooter';

interface ExportSiteDialogProps {
  readonly defaults: SiteExportChoice;
  /** Serve has no native folder picker: the writer types the output folder's path. */
  readonly askPath: boolean;
  readonly error: string | null;
  readonly busy: boolean;
  readonly onExport: (choice: SiteExportChoice) => void;
  readonly onCancel: () => void;
}

const OPTIONS: readonly { readonly key: 'drafts' | 'flat' | 'clean'; readonly label: string; readonly hint: string }[] = [
  { key: 'drafts', label: 'Include drafts', hint: 'Posts marked as drafts are left out unless this is on.' },
  { key: 'flat', label: 'Flat file names', hint: 'post.html instead of post/index.html (for hosts without pretty URLs).' },
  { key: 'clean', label: 'Rebuild everything', hint: 'Removes what Postwright wrote before and writes it again; your own files stay.' },
];

/** Where the whole blog goes and how; the export itself runs in the host with its own progress panel. */
export function ExportSiteDialog({ defaults, askPath, error, busy, onExport, onCancel }: ExportSiteDialogProps) {
  const [choice, setChoice] = useState(defaults);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  return (
    <ModalDialog title="Export site" onCancel={onCancel}>
      <form
        className="modal-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) onExport(choice);
        }}
      >
        {askPath ? (
          <>
            <label htmlFor={inputId} className="field-label">
              Output folder
            </label>
            <input
              id={inputId}
              className="field-input"
              type="text"
              value={choice.out}
              onChange={(event) => setChoice({ ...choice, out: event.target.value })}
              placeholder="~/blog-site"
              aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(' ')}
              aria-invalid={error ? true : undefined}
              autoComplete="off"
              spellCheck={false}
              data-autofocus
            />
            <p id={hintId} className="field-hint">
              A folder outside the posts folder, on the computer running Postwright; created if missing. Files you put there yourself are never deleted.
            </p>
          </>
        ) : (
          <p id={hintId} className="field-hint export-site-intro">
            Pages for every post, an index, tag pages, RSS and Atom feeds and a sitemap. You choose the output folder next.
          </p>
        )}
        <fieldset className="export-site-options">
          <legend className="field-label">Options</legend>
          {OPTIONS.map(({ key, label, hint }) => (
            <label key={key} className="check-option">
              <input type="checkbox" checked={choice[key]} onChange={(event) => setChoice({ ...choice, [key]: event.target.checked })} {...(!askPath && key === 'drafts' ? { 'data-autofocus': true } : {})} />
              <span>
                <span className="check-option-label">{label}</span>
                <span className="check-option-hint">{hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <FormDialogFooter error={error} errorId={errorId} busy={busy} submitLabel={askPath ? 'Export' : 'Choose Folder and Export…'} onCancel={onCancel} />
      </form>
    </ModalDialog>
  );
}
