// The English catalog: one file per namespace, the source of the typed keys (see typed-keys.ts).
import { common } from './common.ts';
import { errors } from './errors.ts';
import { history } from './history.ts';
import { model } from './model.ts';
import { library } from './library.ts';
import { importing } from './importing.ts';
import { reader } from './reader.ts';
import { codebook } from './codebook.ts';
import { actors } from './actors.ts';
import { search } from './search.ts';
import { links } from './links.ts';
import { concepts } from './concepts.ts';
import { network } from './network.ts';
import { backups } from './backups.ts';
import { settings } from './settings.ts';
import { help } from './help.ts';
import { cli } from './cli.ts';
import { menu } from './menu.ts';
import { notices } from './notices.ts';
import { problems } from './problems.ts';
import { files } from './files.ts';
import { bundleFile } from './bundleFile.ts';
import { bundles } from './bundles.ts';
import { bundleUi } from './bundleUi.ts';
import { compare } from './compare.ts';
import { agreement } from './agreement.ts';
import { tagMapping } from './tagMapping.ts';
import { exchange } from './exchange.ts';
import { curation } from './curation.ts';
import { curationUnits } from './curationUnits.ts';
import { curationLog } from './curationLog.ts';
import { curationView } from './curationView.ts';
import { compareCurate } from './compareCurate.ts';
import { resultLayer } from './resultLayer.ts';
import { curationBundles } from './curationBundles.ts';
import { sync } from './sync.ts';

export const en = {
  common,
  errors,
  history,
  model,
  library,
  importing,
  reader,
  codebook,
  actors,
  search,
  links,
  concepts,
  network,
  backups,
  settings,
  help,
  cli,
  menu,
  notices,
  problems,
  files,
  bundleFile,
  bundles,
  bundleUi,
  compare,
  agreement,
  tagMapping,
  exchange,
  curation,
  curationUnits,
  curationLog,
  curationView,
  compareCurate,
  resultLayer,
  curationBundles,
  sync,
};
export type Catalog = typeof en;
export type Namespace = keyof Catalog;
