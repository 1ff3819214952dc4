// The result layer: which layer the result views and exports read (the curated one, once it exists). The source of the typed keys.
export const resultLayer = {
  title: 'Result layer',
  showingCurated: 'Showing the curated layer (the project’s result).',
  showAll: 'Show every coder’s layers',
  showingAll: 'Showing every coder’s layers.',
  showCurated: 'Show the curated layer',
  /** The coder filters while the curated layer is shown: the layer is fixed. */
  coderFixed: 'The curated layer is shown: show every coder’s layers to choose a coder.',
  /** The Export… dialog, when it starts on the curated layer. */
  exportDefault: 'The curated layer (the project’s result) is chosen. Choose other layers below if you need them.',
} as const;
