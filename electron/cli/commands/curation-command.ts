import { basename, resolve } from 'node:path';
import { defaultUnitRule } from '../../../shared/agreement/agreement-types.ts';
import {
  CURATED_CODER_ID,
  type DecisionRow,
  type MergeRule,
  type MergeSummary,
} from '../../../shared/curation/curation-types.ts';
import type { Translate } from '../../../shared/i18n/i18n.ts';
import { message } from '../../../shared/i18n/message.ts';
import type { CallInput, CallName, CallResult } from '../../../shared/ipc/index.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { createHandlers } from '../../core/services/create-handlers.ts';
import { createDispatch } from '../../core/services/dispatch.ts';
import { ProjectSession } from '../../core/services/project-session.ts';
import { type CliArgs, lastOption, UsageError } from '../cli-args.ts';
import { type Command, exitCodes } from './command.ts';
import { coderIdOf } from './export-command.ts';

/** How many decisions the text form of `log` prints (--csv and --json hold them all). */
const textRows = 50;
/** The contract's cap on one listDecisions answer. */
const allRows = 100_000;
const rules: readonly MergeRule[] = ['unanimous', 'majority', 'none'];

/**
 * `curation merge --project DIR --coders ID,ID [--rule unanimous|majority|none] [--json]` and
 * `curation log --project DIR [--csv FILE] [--json]`: the window's "Merge
 * what agrees" and its decision log, through the same contract calls and
 * dispatch, so a merge is one undo step the app's Undo takes back. The
 * curator is this machine's coder (Settings, or --coder), as in the window;
 * the project is opened looking only, so the curator is not added as a
 * coder and a refused run writes nothing.
 */
export const curationCommand: Command = async ({ args, dir, coder, t, out, err }) => {
  const [sub, ...rest] = args.positional;
  if (sub !== 'merge' && sub !== 'log') {
    err(t('curationLog:cli-unknownCommand', { text: sub ?? '' }));
    return exitCodes.usage;
  }
  if (rest.length) throw new UsageError(rest[0] as string);
  let rule: MergeRule = 'unanimous';
  if (sub === 'merge') {
    const given = lastOption(args, '--rule') ?? 'unanimous';
    if (!isRule(given)) {
      err(t('curationLog:cli-badRule', { text: given }));
      return exitCodes.usage;
    }
    rule = given;
    if (listOption(args, '--coders').length < 2) {
      err(t('curationLog:cli-needsCoders'));
      return exitCodes.usage;
    }
  } else if (args.options.has('--coders') || args.options.has('--rule')) {
    throw new UsageError(args.options.has('--coders') ? '--coders' : '--rule');
  }
  const session = new ProjectSession(coder);
  await session.open(dir, { withSample: false, lookOnly: true, background: false });
  const dispatch = createDispatch(createHandlers(session));
  const call = async <K extends CallName>(name: K, input: CallInput<K>): Promise<CallResult<K>> => {
    const envelope = await dispatch(name, input);
    if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message, envelope.error.text);
    return envelope.value as CallResult<K>;
  };
  try {
    if (sub === 'merge') {
      const coderIds = chosenCoders(session, args);
      const { summary } = await call('mergeAgreeing', {
        coderIds,
        documents: { all: true },
        rule,
        unit: defaultUnitRule,
      });
      const names = coderIds.map((id) => session.store.info().coders.find((c) => c.id === id)?.name ?? id);
      out(args.flags.has('--json') ? JSON.stringify(summary, null, 2) : mergeText(t, summary, names));
      return exitCodes.ok;
    }
    const csv = lastOption(args, '--csv');
    if (csv !== undefined) {
      const path = resolve(csv);
      const saved = await call('exportDecisionLog', {
        filter: {},
        to: session.files.grantSave(path, basename(path)),
      });
      out(
        args.flags.has('--json')
          ? JSON.stringify({ file: path, rows: saved.rows, bytes: saved.bytes }, null, 2)
          : t('curationLog:cli-logSaved', { count: saved.rows, file: path }),
      );
      return exitCodes.ok;
    }
    const json = args.flags.has('--json');
    const log = await call('listDecisions', { filter: {}, limit: json ? allRows : textRows });
    out(json ? JSON.stringify(log, null, 2) : logText(t, log.rows, log.total));
    return exitCodes.ok;
  } finally {
    await session.close();
  }
};

function isRule(value: string): value is MergeRule {
  return (rules as readonly string[]).includes(value);
}

/** Comma-separated values of an option, given once or several times. */
function listOption(args: CliArgs, name: string): string[] {
  return (args.options.get(name) ?? []).flatMap((value) => value.split(',')).filter((v) => v !== '');
}

/**
 * The coders of --coders, by id or name, each once. The curated layer is
 * refused by name here (its own words) before the handler would refuse it;
 * two names of one coder leave one, which is too few.
 */
function chosenCoders(session: ProjectSession, args: CliArgs): string[] {
  const named = listOption(args, '--coders');
  if (named.some((name) => name === CURATED_CODER_ID))
    throw new ApiError('invalid-input', message('curationLog:cli-curatedNotACoder'));
  const ids = [...new Set(named.map((name) => coderIdOf(session.store, name)))];
  if (ids.includes(CURATED_CODER_ID)) throw new ApiError('invalid-input', message('curationLog:cli-curatedNotACoder'));
  if (ids.length < 2) throw new ApiError('invalid-input', message('curationLog:cli-needsCoders'));
  return ids;
}

function mergeText(t: Translate, summary: MergeSummary, names: readonly string[]): string {
  return [
    t('curationLog:cli-mergeHeading', {
      coders: names.join(', '),
      rule: t(`curationLog:cli-rule-${summary.rule}`),
      documents: t('curationLog:cli-documentCount', { count: summary.documents }),
    }),
    t('curationLog:cli-mergeAdded', { count: summary.added }),
    t('curationLog:cli-mergeAlreadyDecided', { count: summary.alreadyDecided }),
    t('curationLog:cli-mergeUndecided', { count: summary.undecided }),
  ].join('\n');
}

/** The log in words, newest first: one line a decision, with what became of it below. */
function logText(t: Translate, rows: readonly DecisionRow[], total: number): string {
  const lines: string[] = [t('curationLog:cli-logHeading', { count: total })];
  for (const row of rows) {
    const d = row.decision;
    const reason = [...d.quickReasons, d.reason.trim()].filter((r) => r !== '').join('; ');
    lines.push(
      t('curationLog:cli-logRow', {
        at: d.at,
        document: row.documentTitle,
        start: d.start,
        end: d.end,
        decision: t(`curationLog:kind-${d.kind}`),
        quote: row.quote,
        curator: d.curatorName,
        reason: reason || t('curationLog:cli-noReason'),
      }),
    );
    if (row.conflict) lines.push(t('curationLog:cli-logConflict'));
    if (row.gone.length) lines.push(t('curationLog:cli-logGone', { count: row.gone.length, ids: row.gone.join(', ') }));
    if (row.replacedBy) lines.push(t('curationLog:cli-logReplaced', { id: row.replacedBy }));
  }
  if (total > rows.length) lines.push(t('curationLog:cli-logMore', { count: total - rows.length }));
  return lines.join('\n');
}
