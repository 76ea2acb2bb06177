/** "Your data": export everything or contacts as CSV, and import a file after a dry-run preview. */
import { useId, useState } from 'preact/hooks';
import { ImportModeSchema } from '../../shared/schema/transfer';
import { ErrorAlert } from '../../ui/Alert';
import { useClient, userMessage } from '../../ui/client-context';
import { strings } from '../../ui/strings';
import { datedName, downloadText } from './download';
import { ImportPreviewView } from './ImportPreviewView';
import { useImport } from './use-import';

function useExport() {
  const client = useClient();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const exportAs = async (kind: 'json' | 'csv') => {
    setError(null);
    try {
      const name = datedName('personal-touch', kind);
      if (kind === 'json') {
        const file = await client.request({ type: 'exportData' });
        downloadText(name, JSON.stringify(file, null, 2), 'application/json');
      } else {
        downloadText(name, await client.request({ type: 'exportContactsCsv' }), 'text/csv');
      }
      setMessage(strings.options.data.exported(name));
    } catch (failure) {
      setError(userMessage(failure));
    }
  };
  return { message, error, exportAs };
}

export function DataSection({ onImported }: { onImported: () => void }) {
  const text = strings.options.data;
  const fileId = useId();
  const exporter = useExport();
  const flow = useImport(onImported);
  const canApply = flow.preview !== null && flow.preview.errors.length === 0 && !flow.busy;

  return (
    <section class="card data" aria-labelledby="data-heading">
      <h2 id="data-heading" class="card__heading">
        {text.heading}
      </h2>
      <p class="field__hint">{text.exportHint}</p>
      <div class="settings__actions">
        <button type="button" class="button" onClick={() => void exporter.exportAs('json')}>
          {text.exportAll}
        </button>
        <button type="button" class="button" onClick={() => void exporter.exportAs('csv')}>
          {text.exportCsv}
        </button>
      </div>
      <ErrorAlert message={exporter.error ?? flow.error} />
      <div class="field">
        <label for={fileId} class="field__label">
          {text.importFile}
        </label>
        <input
          id={fileId}
          type="file"
          accept="application/json,.json"
          aria-describedby={`${fileId}-hint`}
          onChange={(event) => void flow.chooseFile(event.currentTarget.files?.[0])}
        />
        <p id={`${fileId}-hint`} class="field__hint">
          {text.importHint}
        </p>
      </div>
      <fieldset class="fieldset">
        <legend>{text.modeLegend}</legend>
        {ImportModeSchema.options.map((mode) => (
          <label key={mode} class="field field--check">
            <input
              type="radio"
              name="import-mode"
              value={mode}
              checked={flow.mode === mode}
              onChange={() => void flow.chooseMode(mode)}
            />
            {text.modes[mode]}
          </label>
        ))}
      </fieldset>
      {flow.preview && <ImportPreviewView preview={flow.preview} />}
      {canApply && (
        <button type="button" class="button button--primary" onClick={() => void flow.apply()}>
          {flow.mode === 'replace' ? text.applyReplace : text.apply}
        </button>
      )}
      <p role="status" class="save-state">
        {flow.done ? text.imported : exporter.message}
      </p>
    </section>
  );
}
