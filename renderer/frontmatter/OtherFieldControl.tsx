import { ChipsField } from './ChipsField';
import { CommitTextField } from './CommitTextField';
import { listWrite, type FieldWrite, type FrontMatterModel, type OtherField } from './front-matter-model';

interface OtherFieldControlProps {
  readonly id: string;
  readonly field: OtherField;
  readonly model: FrontMatterModel;
  readonly write: (writes: readonly FieldWrite[]) => void;
}

/** The control for one generic key: text, number, on/off, a list of values, or a nested value shown as is. */
export function OtherFieldControl({ id, field, model, write }: OtherFieldControlProps) {
  const set = (value: FieldWrite[1]) => write([[field.key, value]]);
  switch (field.kind) {
    case 'boolean':
      return <input id={id} type="checkbox" className="fm-checkbox" checked={field.value} onChange={(event) => set(event.target.checked)} />;
    case 'number':
      return (
        <CommitTextField
          id={id}
          type="number"
          value={String(field.value)}
         
          onCommit={(text) => {
            const number = Number(text);
            if (text.trim() !== '' && Number.isFinite(number)) set(number);
          }}
        />
      );
    case 'text':
      return <CommitTextField id={id} value={field.value} multiline={field.multiline} onCommit={set} />;
    case 'list':
      return <ChipsField id={id} noun={field.key === 'categories' ? 'category' : 'value'} values={field.value} onChange={(values) => write([listWrite(model, field.key, values)])} />;
    case 'nested':
      return (
        <span id={id} className="fm-nested">
          <code>{field.summary}</code> <span className="fm-note">nested: edit it in the text</span>
        </span>
      );
  }
}
