import { useEffect, useRef } from 'react';

/** One row of a keys help: the key as it is typed, what it does, and a row id where the key may not be unique. */
export type KeyRow = readonly [key: string, what: string, id?: string];

/** A panel of keys and what each does (key ?): focused when it opens, closed by Escape or ?. */
export function KeysHelp({
  title,
  rows,
  footer,
  onClose,
}: {
  title: string;
  rows: readonly KeyRow[];
  footer: string;
  onClose: () => void;
}) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  return (
    <div className="picker-backdrop">
      <div
        ref={panel}
        className="picker help"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key === 'Escape' || e.key === '?') {
            e.preventDefault();
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <h2>{title}</h2>
        <table>
          <tbody>
            {rows.map(([key, what, id]) => (
              <tr key={id ?? key}>
                <th>
                  <kbd>{key}</kbd>
                </th>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="picker-footer">{footer}</p>
      </div>
    </div>
  );
}
