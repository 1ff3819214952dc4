/**
 * The names of every call the renderer can make, kept free of schemas so the
 * preload script can build `window.api` without bundling zod. contract.ts
 * checks at compile time that it declares exactly these calls.
 */
export const callNames = [
  'getProjectInfo',
  'renameProject',
  'getIdentity',
  'setCoderName',
  'setLanguage',
  'openProject',
  'chooseSaveFile',
  'chooseOpenFile',
  'listDocuments',
  'getLayerCounts',
  'getDocument',
  'addDocument',
  'listAnnotations',
  'createAnnotation',
  'updateAnnotation',
  'deleteAnnotation',
  'getCodebook',
  'getTagUsage',
  'createTag',
  'updateTag',
  'mergeTags',
  'deleteTag',
  'exportCodebook',
  'importCodebook',
  'listActors',
  'createActor',
  'updateActor',
  'deleteActor',
  'mergeActors',
  'getActorMentions',
  'updateDocument',
  'updateDocuments',
  'editText',
  'documentDeletionPreview',
  'deleteDocuments',
  'removeSampleTexts',
  'stageImport',
  'previewImport',
  'importFiles',
  'discardImports',
  'listLinkTypes',
  'createLinkType',
  'updateLinkType',
  'deleteLinkType',
  'listLinks',
  'createLink',
  'updateLink',
  'deleteLink',
  'listConcepts',
  'createConcept',
  'updateConcept',
  'deleteConcept',
  'getConceptTimeline',
  'getNetwork',
  'exportGraphml',
  'suggestMentions',
  'acceptMentions',
  'rejectMentions',
  'searchText',
  'searchAnnotations',
  'undo',
  'redo',
  'getHistory',
  'listBackups',
  'takeBackup',
  'restoreBackup',
  'setBackupSettings',
  'inspectSetAside',
  'restoreSetAside',
  'exportBundle',
  'exportProgress',
  'previewBundle',
  'importBundle',
  'discardBundlePreview',
  'compareDocument',
  'listDisagreements',
  'computeAgreement',
  'exportAgreementTable',
  'listTagMappings',
  'saveTagMapping',
  'deleteTagMapping',
  'compareCodebooks',
  'exportExchange',
] as const;

export type CallName = (typeof callNames)[number];

/** The IPC channel of a call. */
export function channelOf(name: CallName): string {
  return `glossator:${name}`;
}

const known: ReadonlySet<string> = new Set(callNames);

/** True for a contract call's name, false for anything else (including "__proto__"). */
export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && known.has(name);
}
