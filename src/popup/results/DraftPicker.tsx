/**
 * Where a first message starts: the note saved for after acceptance, a greeting, or an opener of the
 * library. A library may hold a thousand openers and the follow-up list many people, so the select (one
 * option per opener) is only built for the person whose "Start from an opener" was pressed; it then
 * takes focus. Until then the list renders as fast as it did without a picker.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FollowUp } from '../../shared/schema/outcomes';
import type { Opener } from '../../shared/schema/stored';
import { SelectField } from '../../ui/fields';
import { draftSources } from './first-message';
import { resultStrings as s } from './strings';

interface DraftPickerProps {
  followUp: FollowUp;
  openers: readonly Opener[];
  name: string;
  value: string;
  onChange: (source: string) => void;
}

export function DraftPicker({ followUp, openers, name, value, onChange }: DraftPickerProps) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const sources = useMemo(
    () => (open ? draftSources(followUp, openers) : new Map<string, string>()),
    [open, followUp, openers],
  );
  useEffect(() => {
    if (open) box.current?.querySelector('select')?.focus();
  }, [open]);
  if (openers.length === 0 && !followUp.contact?.afterAcceptNote.trim()) return null;
  if (!open) {
    return (
      <button type="button" class="button button--small" onClick={() => setOpen(true)}>
        {s.followUps.pickOpener}
      </button>
    );
  }
  return (
    <div ref={box}>
      <SelectField
        label={s.followUps.startFrom(name)}
        value={value}
        options={[...sources.keys()]}
        labels={Object.fromEntries(sources)}
        onChange={onChange}
      />
    </div>
  );
}
