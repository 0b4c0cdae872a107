import type { FrontMatterModel } from './front-matter-model';

interface UnreadableFrontMatterProps {
  readonly model: FrontMatterModel;
  readonly onGoToLine: (line: number) => void;
}

/**
 * In place of the fields when the block cannot be read (the parser's message and line, and a
 * button to that line) or is code the generator runs (never run here, so never edited here).
 */
export function UnreadableFrontMatter({ model, onGoToLine }: UnreadableFrontMatterProps) {
  const executable = model.format === 'executable';
  const line = model.errorLine;
  return (
    <div className="fm-error" role="alert">
      <p>
        {model.error}
        {line !== null && !executable && <> (line {line})</>}
      </p>
      <p className="fm-note">{executable ? 'Its fields can be edited in the text only.' : 'Fix it in the text; the fields come back once it reads.'}</p>
      {line !== null && (
        <button type="button" className="button" onClick={() => onGoToLine(line)}>
          {executable ? 'Show it in the editor' : `Go to line ${line}`}
        </button>
      )}
    </div>
  );
}
