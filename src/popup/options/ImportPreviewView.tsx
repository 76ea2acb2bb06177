/** The worker's dry run of an import: counts per kind of record, or the problems that block it. */
import type { ImportPreview } from '../../shared/schema/transfer';
import { strings } from '../../ui/strings';

const KINDS = ['openers', 'contacts', 'invitations', 'settings'] as const;
const COLUMNS = ['added', 'changed', 'skipped', 'removed'] as const;

export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const text = strings.options.data;
  if (preview.errors.length > 0) {
    return (
      <div class="import-problems">
        <p class="import-problems__heading">{text.problemsHeading}</p>
        <ul>
          {preview.errors.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <table class="import-preview">
      <caption>{text.previewHeading}</caption>
      <thead>
        <tr>
          <th scope="col">{text.columns.kind}</th>
          {COLUMNS.map((column) => (
            <th key={column} scope="col">
              {text.columns[column]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {KINDS.map((kind) => (
          <tr key={kind}>
            <th scope="row">{text.kinds[kind]}</th>
            {COLUMNS.map((column) => (
              <td key={column}>{preview.counts[kind][column]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
