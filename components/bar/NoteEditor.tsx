import { useEffect, useRef, useState } from 'react';

/** Delay after the last keystroke before a note is stored; closing the page stores it at once. */
export const NOTE_SAVE_DELAY_MS = 300;

interface NoteEditorProps {
  note: string;
  onSave(note: string): Promise<void>;
}

/**
 * A Markdown text box that stores what is typed without a save button. Edits are sent
 * after a short pause, and any unsent edit is sent when the page is hidden or closed, or
 * the editor closes. While an edit is unsent or in flight, notes arriving from other tabs
 * do not overwrite the text being typed.
 */
export function NoteEditor({ note, onSave }: NoteEditorProps) {
  const [draft, setDraft] = useState(note);
  const unsent = useRef<string | null>(null);
  const inFlight = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const save = useRef(onSave);
  save.current = onSave;

  const flush = useRef(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const text = unsent.current;
    if (text === null) return;
    unsent.current = null;
    inFlight.current += 1;
    void save.current(text).finally(() => {
      inFlight.current -= 1;
    });
  }).current;

  useEffect(() => {
    if (unsent.current === null && inFlight.current === 0) setDraft(note);
  }, [note]);

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
    };
  }, [flush]);

  function onChange(text: string) {
    setDraft(text);
    unsent.current = text;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, NOTE_SAVE_DELAY_MS);
  }

  return (
    <textarea
      className="note"
      aria-label="Note"
      placeholder="Note (Markdown)"
      rows={4}
      value={draft}
      autoFocus
      onChange={(event) => onChange(event.target.value)}
      onBlur={flush}
    />
  );
}
