/** The import flow: read the chosen file, ask the worker for a dry run, then apply it on request. */
import { useState } from 'preact/hooks';
import { type ImportMode, type ImportPreview, MAX_IMPORT_BYTES } from '../../shared/schema/transfer';
import { useClient, userMessage } from '../../ui/client-context';
import { strings } from '../../ui/strings';

export interface ImportFlow {
  mode: ImportMode;
  fileName: string | null;
  preview: ImportPreview | null;
  busy: boolean;
  error: string | null;
  done: boolean;
  chooseFile: (file: File | undefined) => Promise<void>;
  chooseMode: (mode: ImportMode) => Promise<void>;
  apply: () => Promise<void>;
}

export function useImport(onImported: () => void): ImportFlow {
  const client = useClient();
  const [mode, setMode] = useState<ImportMode>('merge');
  const [file, setFile] = useState<{ name: string; json: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      await action();
    } catch (failure) {
      setError(userMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  const previewWith = (json: string, chosenMode: ImportMode) =>
    run(async () => {
      setPreview(null);
      setPreview(await client.request({ type: 'previewImport', json, mode: chosenMode }));
    });

  const chooseFile = async (chosen: File | undefined) => {
    setPreview(null);
    if (!chosen) return setFile(null);
    if (chosen.size > MAX_IMPORT_BYTES) {
      setFile(null);
      return setError(strings.options.data.tooLarge(MAX_IMPORT_BYTES / 1024 / 1024));
    }
    const json = await chosen.text();
    setFile({ name: chosen.name, json });
    await previewWith(json, mode);
  };

  const chooseMode = async (chosenMode: ImportMode) => {
    setMode(chosenMode);
    if (file) await previewWith(file.json, chosenMode);
  };

  const apply = () =>
    run(async () => {
      if (!file) return;
      await client.request({ type: 'applyImport', json: file.json, mode });
      setFile(null);
      setPreview(null);
      setDone(true);
      onImported();
    });

  return { mode, fileName: file?.name ?? null, preview, busy, error, done, chooseFile, chooseMode, apply };
}
