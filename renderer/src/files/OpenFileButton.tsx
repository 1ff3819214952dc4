import type { ChangeEvent } from 'react';
import type { FileKind, OpenedFile } from '../../../shared/ipc/file-ticket.ts';
import { acceptOf } from './file-accept.ts';
import { hasFileDialogs, openFile } from './open-file.ts';
import { uploadFile } from './upload-file.ts';

interface Props {
  kind: FileKind;
  label: string;
  className?: string;
  /** The file, handed to the core (an open ticket); `name` is what the user picked. */
  onOpened: (file: OpenedFile) => void | Promise<void>;
  onError: (error: unknown, name: string) => void;
}

/**
 * A button that opens a file of one kind: in Electron the system's open
 * dialog, in a browser the page's file input (a label around it, so it is
 * reachable by keyboard and by its label) whose file is uploaded.
 */
export function OpenFileButton({ kind, label, className = 'quiet', onOpened, onError }: Props) {
  if (hasFileDialogs()) {
    const open = async () => {
      try {
        const file = await openFile(kind);
        if (file) await onOpened(file);
      } catch (error) {
        onError(error, '');
      }
    };
    return (
      <button type="button" className={className} onClick={() => void open()}>
        {label}
      </button>
    );
  }
  const picked = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) opens it again.
    input.value = '';
    if (!file) return;
    try {
      await onOpened(await uploadFile(file));
    } catch (error) {
      onError(error, file.name);
    }
  };
  return (
    <label className={`${className} file-button`}>
      {label}
      <input type="file" accept={acceptOf(kind)} className="sr-only" onChange={(e) => void picked(e)} />
    </label>
  );
}
