import type { RevisionContent } from '@/lib/data/guide-editor';
import { diffInline, diffText } from '@/lib/guides/diff';
import { audienceKeyLabels, topicLabels } from '@/lib/labels';
import type { GuideMeta } from '@/lib/validation/guide';
import { InlineDiff, TextDiff } from './text-diff';

type Row = { label: string; before: string; after: string };

function settings(meta: GuideMeta | undefined): Record<string, string> {
  if (!meta) return {};
  return {
    Ämnen: meta.topics.map((t) => topicLabels[t]).join(', '),
    Målgrupper: meta.audiences.map((a) => audienceKeyLabels[a]).join(', '),
    'Steg i SKR:s vägledning': meta.skrStep
      ? `Steg ${meta.skrStep}${meta.skrEdition ? ` (utgåva ${meta.skrEdition})` : ''}`
      : 'Inget',
    Källor: meta.sources.map((s) => [s.title, s.publisher, s.url, s.date].filter(Boolean).join(', ')).join('; '),
    'Relaterade sidor': meta.related.join(', ') || 'Inga',
  };
}

/** What changed between two revisions: title and summary word by word, settings, then the text. */
export function RevisionDiff({ current, previous }: { current: RevisionContent; previous: RevisionContent | null }) {
  const before = settings(previous?.meta);
  const after = settings(current.meta);
  const rows: Row[] = Object.keys(after)
    .map((label) => ({ label, before: before[label] ?? '', after: after[label]! }))
    .filter((r) => r.before !== r.after);
  const fields = [
    { label: 'Titel', before: previous?.title ?? '', after: current.title },
    { label: 'Sammanfattning', before: previous?.summary ?? '', after: current.summary },
  ].filter((f) => f.before !== f.after);
  return (
    <div className="space-y-6">
      {fields.length + rows.length > 0 ? (
        <dl className="grid grid-cols-[minmax(0,1fr)] gap-x-6 gap-y-3 sm:grid-cols-[auto_minmax(0,1fr)]">
          {fields.map((f) => (
            <div key={f.label} className="contents">
              <dt className="font-medium">{f.label}</dt>
              <dd className="min-w-0 [overflow-wrap:anywhere]">
                <InlineDiff parts={diffInline(f.before, f.after)} />
              </dd>
            </div>
          ))}
          {rows.map((r) => (
            <div key={r.label} className="contents">
              <dt className="font-medium">{r.label}</dt>
              <dd className="min-w-0 [overflow-wrap:anywhere]">
                {r.before ? (
                  <>
                    <del className="bg-red-100 text-red-950">
                      <span className="sr-only">[Före: </span>
                      {r.before}
                      <span className="sr-only">]</span>
                    </del>{' '}
                    →{' '}
                  </>
                ) : null}
                <ins className="bg-green-100 text-green-950">
                  <span className="sr-only">[Efter: </span>
                  {r.after}
                  <span className="sr-only">]</span>
                </ins>
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>Titel, sammanfattning och inställningar är oförändrade.</p>
      )}
      <div>
        <h3 className="mb-2 font-semibold">Text</h3>
        <TextDiff blocks={diffText(previous?.body ?? '', current.body)} />
      </div>
    </div>
  );
}
