import { downloadBlob, downloadText } from '../../files/download-blob.ts';
import { fileNameOf } from '../../files/save-file.ts';

/** Largest side of an exported PNG: bigger canvases fail in browsers. */
const MAX_PNG_SIDE = 8000;

/** The chart as drawn on screen, as a standalone SVG file (the same markup: one drawing, two uses). */
export function svgText(svg: SVGSVGElement): string {
  const text = new XMLSerializer().serializeToString(svg);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${text}`;
}

export function downloadSvg(svg: SVGSVGElement, name: string): void {
  downloadText(`${fileNameOf(name)}.svg`, svgText(svg), 'image/svg+xml');
}

/**
 * The chart as a PNG at twice its size: the SVG is drawn onto a canvas
 * through an image (a data: URL, which the window's Content Security Policy
 * allows for images), then encoded.
 */
export async function downloadPng(svg: SVGSVGElement, name: string): Promise<void> {
  const width = svg.width.baseVal.value;
  const height = svg.height.baseVal.value;
  const scale = Math.min(2, MAX_PNG_SIDE / Math.max(1, width), MAX_PNG_SIDE / Math.max(1, height));
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText(svg))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be encoded'))), 'image/png'),
  );
  downloadBlob(`${fileNameOf(name)}.png`, blob);
}
