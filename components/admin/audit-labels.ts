// Swedish names for the recorded actions and entity types. Every action code the portal records
// has a name here: tests/unit/audit-labels.test.ts reads the code base and fails on a new code
// without one. An unknown code (an old event) is still shown as it is.
export const actionLabels: Record<string, string> = {
  'person.create': 'Person tillagd',
  'person.update': 'Person ändrad',
  'person.move': 'Person flyttad',
  'person.deactivate': 'Person inaktiverad',
  'person.reactivate': 'Person återaktiverad',
  'person.scimDelete': 'Person borttagen av provisioneringen (inaktiverad, historiken finns kvar)',
  'unit.create': 'Enhet skapad',
  'unit.rename': 'Enhet omdöpt',
  'unit.move': 'Enhet flyttad',
  'unit.manager.add': 'Chef tillagd',
  'unit.manager.remove': 'Chef borttagen',
  'organisation.update': 'Inställningar ändrade',
  'person.bind': 'Jobbkonto kopplat vid första inloggningen',
  'identityProvider.save': 'Inloggning med jobbkonto ändrad',
  'identityProvider.remove': 'Inloggning med jobbkonto borttagen',
  'scim.token.create': 'Nyckel för provisionering skapad',
  'scim.token.revoke': 'Nyckel för provisionering återkallad',
  'scim.settings': 'Provisioneringens attribut för enhet ändrat',
  'import.apply': 'Personal importerad',
  'assignment.created': 'Kurs eller lärväg tilldelad',
  'assignment.withdrawn': 'Tilldelning återkallad',
  'assignment.due-changed': 'Slutdatum ändrat',
  'assignment-rule.created': 'Regel för tilldelning skapad',
  'assignment-rule.removed': 'Regel för tilldelning borttagen',
  'reminder.sent': 'Påminnelse skickad',
  'certificate.revoked': 'Intyg återkallat',
  'course.created': 'Kurs skapad',
  'course.published': 'Kurs publicerad',
  'path.published': 'Lärväg publicerad',
  'guide.publish': 'Vägledningssida publicerad',
  'guide.unpublish': 'Vägledningssida avpublicerad',
  'guide.rename': 'Vägledningssidans adress ändrad',
  'guide.restore': 'Äldre version av vägledningssida återställd',
  'guide.delete': 'Vägledningssida borttagen',
  'checklist.opened': 'Checklista påbörjad',
  'checklist.item.updated': 'Punkt i checklistan ändrad',
  'checklist.comment.added': 'Kommentar i checklistan',
  'checklist-template.revised': 'Checklistans mall ändrad',
  'checklist-template.published': 'Checklistans mall publicerad',
  'checklist-score.created': 'Förvaltningens självskattning sparad',
  'self-assessment.revised': 'Självskattningens frågor ändrade',
  'plan.created': 'Kompetensplan skapad',
  'plan.updated': 'Kompetensplan ändrad',
  'session.planned': 'Gruppträff planerad',
  'session.rescheduled': 'Gruppträff flyttad',
  'session.cancelled': 'Gruppträff inställd',
  'session.attendance': 'Närvaro på gruppträff registrerad',
  'session.attendance-corrected': 'Närvaro på gruppträff rättad',
  'example.submitted': 'Lärande exempel inskickat',
  'example.edited': 'Lärande exempel ändrat',
  'example.withdrawn': 'Lärande exempel tillbakadraget',
  'example.approve': 'Lärande exempel godkänt',
  'example.changes': 'Lärande exempel skickat tillbaka för ändringar',
  'example.decline': 'Lärande exempel avböjt',
  'deletion.requested': 'Begäran om radering av personuppgifter',
  'deletion.erased': 'Personuppgifter raderade på begäran',
  'deletion.partly-erased': 'Begäran om radering handlagd: delvis raderat',
  'deletion.refused': 'Begäran om radering avslagen',
};

export const entityLabels: Record<string, string> = {
  User: 'Person',
  OrgUnit: 'Enhet',
  Organisation: 'Organisation',
  IdentityProvider: 'Inloggning med jobbkonto',
  ScimToken: 'Nyckel för provisionering',
  Import: 'Import',
  Assignment: 'Tilldelning',
  AssignmentRule: 'Regel för tilldelning',
  CourseCompletion: 'Kursintyg',
  PathCompletion: 'Intyg för lärväg',
  Course: 'Kurs',
  LearningPath: 'Lärväg',
  GuidePage: 'Vägledningssida',
  OrgChecklist: 'Checklista',
  ChecklistItem: 'Punkt i checklistan',
  ChecklistComment: 'Kommentar i checklistan',
  ChecklistTemplate: 'Checklistans mall',
  ChecklistScoreRound: 'Självskattning av förvaltning',
  SelfAssessmentVersion: 'Självskattningens frågor',
  CompetencePlan: 'Kompetensplan',
  GroupSession: 'Gruppträff',
  LearningExample: 'Lärande exempel',
  DeletionRequest: 'Begäran om radering',
};

export const actionLabel = (code: string) => actionLabels[code] ?? code;
export const entityLabel = (code: string) => entityLabels[code] ?? code;

/** A `title` or `name` the event itself kept (JSON of before or after), e.g. of something since deleted. */
export function titleIn(json: string | null): string | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null) return null;
    const { title, name } = value as { title?: unknown; name?: unknown };
    const found = typeof title === 'string' ? title : typeof name === 'string' ? name : null;
    return found?.trim() || null;
  } catch {
    return null;
  }
}

/** What the event is about, in words: its current name, else the name the event kept, else nothing. */
export function subjectOf(row: { subject: string | null; before: string | null; after: string | null }) {
  return row.subject ?? titleIn(row.after) ?? titleIn(row.before);
}
