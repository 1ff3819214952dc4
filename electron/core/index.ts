/** The plain-Node core: everything the shells (Electron, loopback server) need. No Electron here. */
export { createDispatch, type Dispatch } from './services/dispatch.ts';
export { createHandlers } from './services/create-handlers.ts';
export { Identity } from './services/identity.ts';
export { sessionForShell } from './services/shell-session.ts';
export { ProjectSession } from './services/project-session.ts';
export { defaultConfigDir, defaultProjectDir, loadCoder, loadCoderIdentity, saveIdentity } from './user-settings.ts';
export { contentSecurityPolicy, openStaticFile, resolveStaticFile } from './static-files.ts';
export { folderForNewProject } from './store-folder/new-project-folder.ts';
