import { useCallback, useEffect, useRef, useState } from 'react';
import type { CodebookComparison } from '../../../../shared/model/tag-mapping.ts';
import { requireApi } from '../../store/api.ts';
import { useAppStore } from '../../store/app-store.ts';
import { messageOf } from '../../store/notice-slice.ts';

export interface ComparisonState {
  comparison: CodebookComparison | null;
  /** The failure's words, or null. */
  error: string | null;
  loading: boolean;
  /** Asks again (after a mapping was saved or removed here). */
  reload: () => void;
}

/**
 * Two coders' codebooks compared by the core, asked again whenever the pair
 * changes or the project takes a step (a save, an undo, a redo: the history
 * labels change with each), so mappings undone elsewhere are not shown as
 * still there. An answer for a pair no longer shown is dropped.
 */
export function useCodebookComparison(pair: readonly [string, string] | null): ComparisonState {
  const step = useAppStore((s) => s.historyLabels);
  const [state, setState] = useState<Omit<ComparisonState, 'reload'>>({
    comparison: null,
    error: null,
    loading: false,
  });
  const [asked, setAsked] = useState(0);
  const latest = useRef(0);
  const a = pair?.[0] ?? null;
  const b = pair?.[1] ?? null;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `step` and `asked` are the reasons to ask again.
  useEffect(() => {
    if (!a || !b || a === b) {
      setState({ comparison: null, error: null, loading: false });
      return;
    }
    const ticket = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    requireApi()
      .compareCodebooks({ coderA: a, coderB: b })
      .then(
        (comparison) => {
          if (ticket === latest.current) setState({ comparison, error: null, loading: false });
        },
        (error: unknown) => {
          if (ticket === latest.current) setState({ comparison: null, error: messageOf(error), loading: false });
        },
      );
  }, [a, b, step, asked]);

  const reload = useCallback(() => setAsked((n) => n + 1), []);
  return { ...state, reload };
}
