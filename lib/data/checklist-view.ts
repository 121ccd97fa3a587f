import 'server-only';
import { buildActionPlan, type ActionPlan } from '@/lib/checklist/action-plan';
import { checklistTitleIn, localizeTemplate, type Localized } from '@/lib/checklist/translations';
import type { Viewer } from '@/lib/auth/permissions';
import { translator } from '@/lib/i18n';
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import type { TemplateSnapshot } from '@/lib/validation/checklist';
import { getPublishedTemplate } from './checklist-templates';
import {
  getChecklistItems,
  getOrganisationInfo,
  listOrgChecklists,
  resolveChecklist,
  type ChecklistRef,
  type StoredItem,
} from './checklists';

// Everything the checklist pages, the CSV and the PDF share: the viewer's checklist (from
// ?lista=, else the organisation's first), its published template in the reader's language
// (text by text where it has a version in it; `lang` says which) and the saved items.

/** A checklist with its name in the reader's language where its template has one; `lang` says which. */
export type NamedRef = ChecklistRef & { lang: Locale };

export type ChecklistView = {
  ref: NamedRef;
  all: NamedRef[];
  template: Localized<TemplateSnapshot>;
  items: Map<string, StoredItem>;
  organisation: { name: string; cemrSignedAt: Date | null };
};

/** null when the viewer's organisation has no such checklist (or its template is not published). */
export async function loadChecklistView(
  viewer: Pick<Viewer, 'organisationId'>,
  listId: string | undefined,
  locale: Locale,
): Promise<ChecklistView | null> {
  const ref = await resolveChecklist(viewer.organisationId, listId);
  if (!ref) return null;
  const [items, organisation, all] = await Promise.all([
    getChecklistItems(ref.id),
    getOrganisationInfo(ref.organisationId),
    listOrgChecklists(viewer.organisationId),
  ]);
  // Each template localized once: the page's own, and the others that name the checklists in the switcher.
  const templates = new Map(
    await Promise.all(
      [...new Set([ref.templateId, ...all.map((c) => c.templateId)])].map(async (id) => {
        const published = await getPublishedTemplate(id);
        return [id, published && { source: published, shown: localizeTemplate(published, locale) }] as const;
      }),
    ),
  );
  const template = templates.get(ref.templateId);
  if (!template) return null;
  const removed = translator(locale)('checklist.removedUnit');
  const named = (ref: ChecklistRef): NamedRef => {
    const c = ref.unitId !== null && ref.unitName === null ? { ...ref, unitName: removed } : ref;
    const t = templates.get(c.templateId);
    return t ? { ...c, ...checklistTitleIn(c.title, t.source.title, t.shown) } : { ...c, lang: defaultLocale };
  };
  return { ref: named(ref), all: all.map(named), template: template.shown, items, organisation };
}

export function actionPlanOf(view: ChecklistView, now = new Date()): ActionPlan {
  return buildActionPlan({
    organisationName: view.organisation.name,
    scopeName: view.ref.unitName,
    template: view.template,
    items: view.items,
    signedAt: view.organisation.cemrSignedAt,
    now,
  });
}

/** Links within the checklist keep the chosen checklist, except for the organisation's default one. */
export function checklistHref(view: Pick<ChecklistView, 'ref' | 'all'>, path: string): string {
  return view.all[0]?.id === view.ref.id ? path : `${path}?lista=${encodeURIComponent(view.ref.id)}`;
}
