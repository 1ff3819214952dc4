import type { NetworkData } from '../../../../shared/ipc/results.ts';
import { networkSvg } from '../../../../shared/network/network-svg.ts';
import { t } from '../../i18n/i18n.ts';
import { downloadBlob, downloadText } from '../../files/download-blob.ts';
import type { NetworkPicture } from './network-picture.ts';

/** The whole network (not only what is in view) as a PNG. */
export async function exportPng(picture: NetworkPicture, kind: NetworkData['kind']): Promise<void> {
  downloadBlob(`${kind}-network.png`, await picture.png());
}

/** The network as drawn (positions as laid out or dragged) as an SVG file. */
export function exportSvg(picture: NetworkPicture, kind: NetworkData['kind']): void {
  const text = networkSvg(picture.drawing(t(`network:svgTitle-${kind}`)));
  downloadText(`${kind}-network.svg`, text, 'image/svg+xml');
}
