import { agreementReport } from '../../../shared/agreement/agreement-report.ts';
import {
  type AgreementQuery,
  type AgreementReport,
  defaultUnitRule,
  type UnitRule,
} from '../../../shared/agreement/agreement-types.ts';
import { message } from '../../../shared/i18n/message.ts';
import type { Translate } from '../../../shared/i18n/i18n.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { agreementInput } from '../../core/services/handlers/agreement-input.ts';
import { ProjectStore } from '../../core/store/project-store.ts';
import { agreementJson, figureLines, figureText } from '../agreement-output.ts';
import { lastOption, UsageError, type CliArgs } from '../cli-args.ts';
import { type Command, exitCodes } from './command.ts';
import { coderIdOf } from './export-command.ts';

/**
 * `agreement --project DIR [--layers CODER,...] [--tags ID,...] [--unit exact|overlap] [--threshold X] [--json]`:
 * the agreement report the app computes, over every document: every
 * coder's layer (or those named, by id or name), every tag (or those named,
 * each with its sub-tags). Looks at the project without adding the coder.
 */
export const agreementCommand: Command = async ({ args, dir, coder, t, out, err }) => {
  if (args.positional.length) throw new UsageError(args.positional[0] as string);
  const unit = unitRule(args);
  if (typeof unit === 'string') {
    err(t(unit, { text: lastOption(args, unit === 'cli:agreementBadUnit' ? '--unit' : '--threshold') ?? '' }));
    return exitCodes.usage;
  }
  const store = await ProjectStore.open(dir, { coder, lookOnly: true });
  try {
    const coderIds = layersOf(store, args);
    if (coderIds.length < 2)
      throw new ApiError('invalid-input', message('cli:agreementTooFewLayers', { count: coderIds.length }));
    const tagIds = listOption(args, '--tags');
    const query: AgreementQuery = {
      coderIds,
      documents: { all: true },
      tagIds: tagIds.length ? tagIds : null,
      withSubtags: true,
      unit,
    };
    const report = agreementReport(agreementInput(store, query));
    const names = report.coders.map((c) => c.name);
    if (args.flags.has('--json')) out(JSON.stringify(agreementJson(names, report.formation.found, report.overall)));
    else out(reportText(t, report, (id) => store.codebook().tags.find((tag) => tag.id === id)?.name ?? id));
    return exitCodes.ok;
  } finally {
    await store.close();
  }
};

/** Comma-separated values of an option, given once or several times (`--layers a,b --layers c`). */
function listOption(args: CliArgs, name: string): string[] {
  return (args.options.get(name) ?? []).flatMap((value) => value.split(',')).filter((v) => v !== '');
}

/** The chosen coders: those named by --layers (id or name), else every coder with a layer here. */
function layersOf(store: ProjectStore, args: CliArgs): string[] {
  const named = listOption(args, '--layers');
  if (named.length) return [...new Set(named.map((name) => coderIdOf(store, name)))];
  const coding = new Set<string>();
  for (const info of store.listDocumentInfos()) for (const a of store.annotationsOf(info.id)) coding.add(a.coderId);
  return store
    .info()
    .coders.map((c) => c.id)
    .filter((id) => coding.has(id));
}

/**
 * The unit rule of --unit and --threshold, as the app's default is: overlap
 * at 0.5 (intersection over union). Exact matching has no threshold (1 is
 * what exact would mean as an overlap). A bad value is the key of its message.
 */
function unitRule(
  args: CliArgs,
): UnitRule | 'cli:agreementBadUnit' | 'cli:agreementBadThreshold' | 'cli:agreementThresholdNeedsOverlap' {
  const mode = lastOption(args, '--unit') ?? 'overlap';
  const given = lastOption(args, '--threshold');
  if (mode !== 'exact' && mode !== 'overlap') return 'cli:agreementBadUnit';
  if (mode === 'exact') return given === undefined ? { mode, threshold: 1 } : 'cli:agreementThresholdNeedsOverlap';
  const threshold = given === undefined ? defaultUnitRule.threshold : Number(given);
  if (given?.trim() === '' || !Number.isFinite(threshold) || threshold < 0 || threshold > 1)
    return 'cli:agreementBadThreshold';
  return { mode, threshold };
}

/** The report in words: how units were formed, then every figure, then per tag. */
function reportText(t: Translate, report: AgreementReport, tagName: (id: string) => string): string {
  const f = report.formation;
  const rule =
    f.rule.mode === 'exact'
      ? t('cli:agreementRuleExact')
      : f.rule.threshold === 0
        ? t('cli:agreementRuleAnyOverlap')
        : t('cli:agreementRuleOverlap', { threshold: f.rule.threshold });
  const lines = [
    t('cli:agreementProjectHeading', {
      coders: report.coders.map((c) => c.name).join(', '),
      documents: t('cli:documentCount', { count: report.documents }),
      count: f.found,
    }),
    t('cli:agreementFormation', {
      rule,
      found: f.found,
      complete: f.complete,
      incomplete: f.incomplete,
      orphans: f.orphansExcluded,
      outside: f.outsideTags,
    }),
  ];
  if (f.complete === 0 && report.overall.alpha.value === null) lines.push(t('cli:agreementNoCommonUnits'));
  lines.push(...figureLines(t, report.overall, report.overall.unitizing));
  if (report.perTag.length) {
    lines.push(t('cli:agreementPerTagHeading'));
    for (const tag of report.perTag) {
      const kappa = tag.figures.cohen ?? tag.figures.fleiss;
      lines.push(
        t('cli:agreementPerTag', {
          tag: tagName(tag.tagId),
          alpha: figureText(t, tag.figures.alpha.value),
          kappa: figureText(t, kappa.value),
          units: tag.units,
        }),
      );
    }
  }
  return lines.join('\n');
}
