import { useEffect, useState } from 'react';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { BUNDLE_EXTENSION } from '../../../../shared/formats/bundle/bundle-contents.ts';

/** True when a drag carries files (not text or a link from the page itself). */
function hasFiles(event: DragEvent): boolean {
  return [...(event.dataTransfer?.types ?? [])].includes('Files');
}

/**
 * Files dropped anywhere in the window open the import dialog with them;
 * a bundle (.glossator) opens its preview instead.
 * The browser's default (opening the file in place of the app) is always
 * prevented, so a missed drop can never navigate away from the project.
 */
export function FileDropZone() {
  const { t } = useT();
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setOver(true);
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      // A bundle or another tool's coded file goes to its own preview (one at a time); documents to the import dialog.
      const exchange = [BUNDLE_EXTENSION, '.qdpx', '.qdc', '.jsonld', '.json', '.zip'];
      const isBundle = (f: File) => exchange.some((ending) => f.name.toLowerCase().endsWith(ending));
      const bundle = files.find(isBundle);
      const documents = files.filter((f) => !isBundle(f));
      if (bundle) void useAppStore.getState().openBundleImport(bundle);
      if (documents.length) void useAppStore.getState().openImport(documents);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  return over ? <div className="drop-overlay">{t('importing:dropToImport')}</div> : null;
}
