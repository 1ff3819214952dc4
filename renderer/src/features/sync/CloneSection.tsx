import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { suggestCloneFolder } from './clone-folder.ts';
import './sync-clone.css';

interface Props {
  /** Under "Connect and publish" ("Or clone…"), or the panel's only section (a shared project is open). */
  alone: boolean;
  /** Opened by File → Clone Shared Project…: the address field takes the focus. */
  focus: boolean;
}

/**
 * "Clone a shared project": the repository's address and a new folder for it (a sibling of the open
 * project's, named after the repository, until the user types another), then Clone and open. A refusal is
 * worded here and the open project stays; one asking for credentials goes through the credentials dialog.
 */
export function CloneSection({ alone, focus }: Props) {
  const { t } = useT();
  const headingId = useId();
  const busy = useAppStore((s) => s.syncBusy);
  const projectPath = useAppStore((s) => s.project?.path ?? '');
  const { cloneShared } = useAppStore.getState();
  // Back from a cancelled or refused sign-in: the fields as they were, and why it failed.
  const [pending] = useState(() => useAppStore.getState().pendingClone);
  useEffect(() => {
    if (pending) useAppStore.setState({ pendingClone: null });
  }, [pending]);
  const [url, setUrl] = useState(pending?.url ?? '');
  const [folder, setFolder] = useState<string | null>(pending?.path ?? null);
  const [error, setError] = useState<string | null>(pending?.error ?? null);
  const [cloning, setCloning] = useState(false);
  const urlField = useRef<HTMLInputElement>(null);
  const path = folder ?? suggestCloneFolder(projectPath, url);

  useEffect(() => {
    if (!focus) return;
    // After the dialog's own first-field focus, which runs once this child's effect has.
    const timer = setTimeout(() => {
      urlField.current?.focus();
      urlField.current?.scrollIntoView({ block: 'nearest' });
    }, 0);
    return () => clearTimeout(timer);
  }, [focus]);

  const clone = async () => {
    if (!url.trim() || !path.trim() || busy) return;
    setError(null);
    setCloning(true);
    const outcome = await cloneShared({ url: url.trim(), path: path.trim() });
    setCloning(false);
    // Asking for credentials, the dialog has taken over (this section comes back with the fields if cancelled).
    if (!outcome.ok && !outcome.auth) setError(outcome.message);
  };
  // Enter in a field clones (the dialog's own submit is "Connect and publish" when it is shown).
  const onEnter = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void clone();
  };

  return (
    <section className={alone ? 'sync-clone sync-clone-alone' : 'sync-clone'} aria-labelledby={headingId}>
      <h3 id={headingId}>{alone ? t('sync:panel-cloneTitle') : t('sync:panel-cloneHeading')}</h3>
      <p className="hint">{t('sync:panel-cloneHint')}</p>
      <label>
        {t('sync:panel-cloneUrlLabel')}
        <input
          ref={urlField}
          type="url"
          value={url}
          spellCheck={false}
          autoComplete="off"
          placeholder={t('sync:panel-urlPlaceholder')}
          onChange={(e) => setUrl(e.target.value)}
          onKeyDown={onEnter}
        />
      </label>
      <label>
        {t('sync:panel-cloneFolderLabel')}
        {/* Wrapped on two lines: a lab's paths are long, and the folder's own name, at the end, matters most. */}
        <textarea
          className="sync-clone-folder"
          value={path}
          rows={2}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => setFolder(e.target.value.replace(/[\r\n]+/g, ''))}
          onKeyDown={onEnter}
        />
      </label>
      {error && (
        <p className="form-error" role="alert" data-testid="sync-clone-error">
          {error}
        </p>
      )}
      <div className="sync-clone-actions">
        <button
          type="button"
          className="primary"
          disabled={busy || !url.trim() || !path.trim()}
          onClick={() => void clone()}
        >
          {cloning ? t('sync:panel-cloning') : t('sync:panel-cloneSubmit')}
        </button>
      </div>
    </section>
  );
}
