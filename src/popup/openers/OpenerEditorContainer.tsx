/** Joins the editor to its session and computes the live checks for the draft's body. */
import { useMemo } from 'preact/hooks';
import { strings } from '../../ui/strings';
import { analyseSafely, sampleValues } from './analysis';
import { EditorChecks } from './EditorChecks';
import { OpenerEditor } from './OpenerEditor';
import type { EditorSession, OpenerEditing } from './use-opener-editing';

const CHECKS_ID = 'opener-checks';

interface OpenerEditorContainerProps {
  session: EditorSession;
  saving: boolean;
  actions: Pick<OpenerEditing, 'change' | 'save' | 'discard'>;
  myFirstName?: string;
}

export function OpenerEditorContainer({
  session,
  saving,
  actions,
  myFirstName = '',
}: OpenerEditorContainerProps) {
  const values = useMemo(() => sampleValues(myFirstName), [myFirstName]);
  const analysis = useMemo(() => analyseSafely(session.draft.body, values), [session.draft.body, values]);
  return (
    <OpenerEditor
      draft={session.draft}
      original={session.original}
      saving={saving}
      onChange={actions.change}
      onSave={() => void actions.save()}
      onDiscard={actions.discard}
      checks={
        analysis ? (
          <EditorChecks analysis={analysis} id={CHECKS_ID} />
        ) : (
          <p id={`${CHECKS_ID}-summary`} class="checks checks--unavailable">
            {strings.editor.checksUnavailable}
          </p>
        )
      }
      checksId={`${CHECKS_ID}-summary`}
      bodyInvalid={analysis?.ok === false}
    />
  );
}
