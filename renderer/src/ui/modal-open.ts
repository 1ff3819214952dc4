/**
 * True while any modal dialog is on screen (every one of the app's says
 * aria-modal="true": ModalDialog, the confirmations, the keys help, the
 * pickers). A view's own keys stay off then, whichever feature opened it.
 */
export function modalOpen(root: ParentNode = document): boolean {
  return root.querySelector('[aria-modal="true"]') !== null;
}
