// Files between the window and the core, for both transports (see electron/core/files/file-gate.ts).
export { saveFile, fileNameOf } from './save-file.ts';
export { openFile, hasFileDialogs } from './open-file.ts';
export { uploadFile } from './upload-file.ts';
export { OpenFileButton } from './OpenFileButton.tsx';
