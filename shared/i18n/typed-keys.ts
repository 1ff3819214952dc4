import type { Catalog } from './catalogs/en/index.ts';

/**
 * Typed keys: i18next checks every `t('namespace:key')` against the English
 * catalog, so a missing or misspelt key is a compile error.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Catalog;
    returnNull: false;
  }
}
