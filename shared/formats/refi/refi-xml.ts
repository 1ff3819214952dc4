/**
 * Text made safe for project.qde and .qdc. XML 1.0 cannot hold some
 * characters at all (C0 controls but tab and line ends, lone surrogates,
 * U+FFFE, U+FFFF — not even as character references): each becomes U+FFFD,
 * one character for one, so the reader sees where something was. Line ends
 * and tabs in attributes, and CR anywhere, are written as character
 * references: a parser would otherwise turn them into spaces (attribute
 * normalisation) or CR LF into LF (end-of-line handling).
 */

// Built from strings: the controls XML 1.0 forbids are what these look for.
const controls = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF';
const special = new RegExp(`[&<>"'\\r\\n\\t${controls}\\uD800-\\uDFFF]`);
const forbidden = new RegExp(
  `[${controls}]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]`,
  'g',
);

const inText: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const inAttribute: Record<string, string> = {
  ...inText,
  '"': '&quot;',
  "'": '&apos;',
  '\n': '&#10;',
  '\t': '&#9;',
};

/** Element content. */
export function xmlText(value: string): string {
  if (!special.test(value)) return value;
  return value.replace(forbidden, '\uFFFD').replace(/[&<>\r]/g, (c) => inText[c] as string);
}

/** An attribute value, between double quotes. */
export function xmlAttribute(value: string): string {
  if (!special.test(value)) return value;
  return value.replace(forbidden, '\uFFFD').replace(/[&<>"'\r\n\t]/g, (c) => inAttribute[c] as string);
}

/** ` name="value"`, or nothing when the value is absent. */
export function attribute(name: string, value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  return ` ${name}="${typeof value === 'string' ? xmlAttribute(value) : String(value)}"`;
}

/** `<name>text</name>`, or nothing when the text is absent or empty. */
export function textElement(name: string, value: string | null | undefined): string {
  return value ? `<${name}>${xmlText(value)}</${name}>` : '';
}

const utcTimestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

/**
 * An xsd:dateTime the QDA tools read: whole seconds in UTC (ATLAS.ti and
 * QualCoder write "2023-08-16T15:49:36Z"; fractions are legal but not every
 * importer takes them). Our timestamps are ISO 8601 already.
 */
export function refiDateTime(timestamp: string): string {
  // Already UTC (as the store writes them): the fraction is cut, as flooring would.
  if (utcTimestamp.test(timestamp)) return `${timestamp.slice(0, 19)}Z`;
  const time = Date.parse(timestamp);
  if (Number.isNaN(time)) return timestamp;
  return new Date(Math.floor(time / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
