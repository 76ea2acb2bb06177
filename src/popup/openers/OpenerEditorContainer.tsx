/**
 * Joins the editor to its session and computes the live checks for the draft's body, previewed for
 * the sample person or one of the user's recent contacts (the user's own name comes from settings).
 */
import { useMemo, useState } from 'preact/hooks';
import { useClient } from '../../ui/client-context';
import { strings } from '../../ui/strings';
import { useResource } from '../../ui/use-resource';
import { analyseSafely } from './analysis';
import { EditorChecks } from './EditorChecks';
import { OpenerEditor } from './OpenerEditor';
import { PreviewSubjectField } from './PreviewSubjectField';
import { recentContacts, SAMPLE_SUBJECT, subjectValues } from './preview-subject';
import type { EditorSession, OpenerEditing } from './use-opener-editing';

const CHECKS_ID = 'opener-checks';

interface OpenerEditorContainerProps {
  session: EditorSession;
  saving: boolean;
  actions: Pick<OpenerEditing, 'change' | 'save' | 'discard'>;
}

/** Recent contacts and the user's name; either failing just leaves the sample person. */
function usePreviewSources() {
  const client = useClient();
  const contacts = useResource(() => client.request({ type: 'listContacts' }));
  const settings = useResource(() => client.request({ type: 'getSettings' }));
  const recent = useMemo(() => recentContacts(contacts.data ?? []), [contacts.data]);
  return { recent, myFirstName: settings.data?.myName.trim().split(/\s+/)[0] ?? '' };
}

export function OpenerEditorContainer({ session, saving, actions }: OpenerEditorContainerProps) {
  const { recent, myFirstName } = usePreviewSources();
  const [subject, setSubject] = useState(SAMPLE_SUBJECT);
  const values = useMemo(() => subjectValues(subject, recent, myFirstName), [subject, recent, myFirstName]);
  const analysis = useMemo(() => analyseSafely(session.draft.body, values), [session.draft.body, values]);
  const subjectField = <PreviewSubjectField contacts={recent} value={subject} onChange={setSubject} />;
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
          <EditorChecks analysis={analysis} id={CHECKS_ID} subjectField={subjectField} />
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
