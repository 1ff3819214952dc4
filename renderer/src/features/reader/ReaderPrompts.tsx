import { useEffect, useMemo, useState } from 'react';
import { buildActorIndex, searchActors } from '../../../../shared/actors/actor-search.ts';
import { type SpeakerSuggestion, speakerSuggestion } from '../../../../shared/actors/suggest-speaker.ts';
import { tagPathLabel } from '../../../../shared/codebook/tag-tree.ts';
import { type ActorType, ActorTypeSchema } from '../../../../shared/model/actor.ts';
import { type Stance, stances } from '../../../../shared/model/annotation.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { type PickerItem, QuickPicker } from '../../ui/QuickPicker.tsx';
import { CleanupDialog } from './CleanupDialog.tsx';
import { OriginalTextDialog } from './OriginalTextDialog.tsx';
import { HelpOverlay } from './HelpOverlay.tsx';
import { LinkPicker } from './LinkPicker.tsx';
import { EditLinkDialog } from '../links/EditLinkDialog.tsx';
import { DialogFooter } from '../../ui/DialogFooter.tsx';

interface Props {
  /** The selected text span, read when a prompt needs it (mentions, new actors). */
  selection: () => { start: number; end: number } | null;
  /** Applies a tag to the selection, as a shortcut key would (with the actor, for a mention). */
  applyTag: (tagId: string, extra?: { actorId?: string }) => void;
}

/** Whichever keyboard picker or dialog the Reader has open (speaker, stance, actor, tag, new actor, link, help). */
export function ReaderPrompts({ selection, applyTag }: Props) {
  const prompt = useAppStore((s) => s.prompt);
  const setPrompt = useAppStore((s) => s.setPrompt);
  const actors = useAppStore((s) => s.actors);
  const tags = useAppStore((s) => s.codebook.tags);
  const { t } = useT();
  const selected = useAppStore((s) => s.reader?.annotations.find((a) => a.id === s.selectedAnnotationId));
  const editingLink = useAppStore((s) => s.documentLinks.find((r) => r.link.id === s.editingLinkId));
  // A prompt whose subject is gone (another document opened by Back) closes, so Reader keys work again.
  const orphaned = (prompt === 'link' && !selected) || (prompt === 'edit-link' && !editingLink);
  useEffect(() => {
    if (orphaned) setPrompt(null);
  }, [orphaned, setPrompt]);
  const index = useMemo(() => buildActorIndex(actors), [actors]);
  const close = () => {
    setPrompt(null);
    (document.querySelector('.reader-text') as HTMLElement | null)?.focus();
  };
  const store = useAppStore.getState;

  const actorItems = (query: string, first: SpeakerSuggestion | null = null): PickerItem[] => {
    const matches = searchActors(index, query, 20).map(
      (m): PickerItem => ({
        id: m.actor.id,
        label: m.actor.name,
        detail:
          m.matched !== m.actor.name
            ? `${m.matched} · ${t(`model:actorType-${m.actor.type}`)}`
            : t(`model:actorType-${m.actor.type}`),
      }),
    );
    if (!first || query) return matches;
    const suggested = actors.find((a) => a.id === first.actorId);
    if (!suggested) return matches;
    return [
      {
        id: suggested.id,
        label: suggested.name,
        detail: t('reader:suggested', { reason: t(`reader:reason-${first.reason}`) }),
      },
      ...matches.filter((m) => m.id !== first.actorId),
    ];
  };

  switch (prompt) {
    case 'speaker':
    case 'addressee': {
      if (!selected) return null;
      const field = prompt === 'speaker' ? 'speakerId' : 'addresseeId';
      const { reader } = store();
      const suggested =
        prompt === 'speaker' && reader
          ? speakerSuggestion(reader.document.text, reader.annotations, selected, actors)
          : null;
      return (
        <QuickPicker
          title={prompt === 'speaker' ? t('reader:speaker') : t('reader:addressee')}
          placeholder={t('reader:actorPlaceholder')}
          search={(q) => actorItems(q, suggested)}
          footer={t('reader:actorFooter')}
          onPick={(item) => {
            close();
            void store().updateAnnotation({ annotationId: selected.id, [field]: item.id });
          }}
          onClose={close}
        />
      );
    }
    case 'stance': {
      if (!selected) return null;
      const items = stances.map((s, i) => ({ id: s, label: `${i + 1}  ${t(`model:stance-${s}`)}` }));
      return (
        <QuickPicker
          title={t('reader:stance')}
          search={(q) => items.filter((i) => i.label.toLowerCase().includes(q.toLowerCase().trim()))}
          footer={t('reader:stanceFooter')}
          pickByKey={(key) => items[Number(key) - 1] ?? null}
          onPick={(item, query) => {
            const byDigit = stances[Number(query.trim()) - 1];
            close();
            void store().updateAnnotation({ annotationId: selected.id, stance: (byDigit ?? item.id) as Stance });
          }}
          onClose={close}
        />
      );
    }
    case 'mention': {
      const mentionTag = tags.find((tag) => tag.kind === 'actor-mention');
      return (
        <QuickPicker
          title={t('reader:actorMentioned')}
          placeholder={t('reader:actorPlaceholder')}
          search={(q) => actorItems(q)}
          footer={t('reader:mentionFooter')}
          onPick={(item) => {
            close();
            if (
              selected &&
              selected.coderId === store().project?.coder.id &&
              !selection() &&
              selected.actorId !== item.id &&
              tags.find((tag) => tag.id === selected.tagId)?.kind === 'actor-mention'
            ) {
              void store().updateAnnotation({ annotationId: selected.id, actorId: item.id });
              return;
            }
            const span = selection();
            if (!span || !mentionTag) {
              store().notify('info', t('reader:selectActorWords'));
              return;
            }
            applyTag(mentionTag.id, { actorId: item.id });
          }}
          onNoMatch={() => setPrompt('create-actor')}
          onClose={close}
        />
      );
    }
    case 'tag':
      return (
        <QuickPicker
          title={t('reader:tag')}
          placeholder={t('reader:tagPlaceholder')}
          search={(q) =>
            tags
              .map((tag) => ({
                id: tag.id,
                label: tagPathLabel(tags, tag.id),
                color: tag.color,
                detail: tag.shortcut ?? undefined,
              }))
              .filter((tag) => tag.label.toLowerCase().includes(q.toLowerCase().trim()))
          }
          onPick={(item) => {
            close();
            applyTag(item.id);
          }}
          onClose={close}
        />
      );
    case 'create-actor':
      return <CreateActorDialog span={selection()} onClose={close} />;
    case 'help':
      return <HelpOverlay onClose={close} />;
    case 'cleanup':
      return <CleanupDialog onClose={close} />;
    case 'original':
      return <OriginalTextDialog onClose={close} />;
    case 'link':
      return selected ? <LinkPicker source={selected} onClose={close} /> : null;
    case 'edit-link':
      return editingLink ? <EditLinkDialog row={editingLink} onClose={close} /> : null;
    default:
      return null;
  }
}

/** Adds an actor named by the selected words, and tags them as its mention. */
function CreateActorDialog({ span, onClose }: { span: { start: number; end: number } | null; onClose: () => void }) {
  const reader = useAppStore((s) => s.reader);
  const createActor = useAppStore((s) => s.createActor);
  const words = span && reader ? reader.document.text.slice(span.start, span.end) : '';
  const [name, setName] = useState(words);
  const [type, setType] = useState<ActorType>('person');
  const [aliases, setAliases] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { t } = useT();

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!reader) return;
    const list = aliases
      .split('\n')
      .map((a) => a.trim())
      .filter(Boolean);
    // The selected words, if inflected or different from the name, are an alias too.
    if (words && words.trim() !== name.trim() && !list.includes(words.trim())) list.push(words.trim());
    const result = await createActor({
      name: name.trim(),
      type,
      aliases: list,
      mention: span ? { documentId: reader.document.id, start: span.start, end: span.end } : undefined,
    });
    if (typeof result === 'string') setError(result);
    else onClose();
  };

  return (
    <div className="picker-backdrop">
      <form
        className="picker dialog-form"
        role="dialog"
        aria-modal="true"
        aria-label={t('reader:newActor')}
        onSubmit={submit}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
        }}
      >
        <h2>{span ? t('reader:newActorFromSelection') : t('reader:newActor')}</h2>
        <label>
          {t('reader:canonicalName')}
          {/* biome-ignore lint/a11y/noAutofocus: the dialog opens from a key press; typing goes straight to the name. */}
          <input autoFocus value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
        </label>
        <label>
          {t('reader:type')}
          <select value={type} onChange={(e) => setType(e.target.value as ActorType)}>
            {ActorTypeSchema.options.map((value) => (
              <option key={value} value={value}>
                {t(`model:actorType-${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('reader:aliases')}
          <textarea value={aliases} onChange={(e) => setAliases(e.target.value)} rows={3} />
        </label>
        {span && <p className="hint">{t('reader:mentionHint')}</p>}
        <DialogFooter error={error} onCancel={onClose} submitLabel={t('reader:addActor')} />
      </form>
    </div>
  );
}
