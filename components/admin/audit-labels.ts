// Swedish names for the recorded actions and entity types. Other parts of the portal add their
// own; an unknown code is shown as it is.
export const actionLabels: Record<string, string> = {
  'person.create': 'Person tillagd',
  'person.update': 'Person ändrad',
  'person.move': 'Person flyttad',
  'person.deactivate': 'Person inaktiverad',
  'person.reactivate': 'Person återaktiverad',
  'unit.create': 'Enhet skapad',
  'unit.rename': 'Enhet omdöpt',
  'unit.move': 'Enhet flyttad',
  'unit.manager.add': 'Chef tillagd',
  'unit.manager.remove': 'Chef borttagen',
  'organisation.update': 'Inställningar ändrade',
  'import.apply': 'Personal importerad',
  'assignment.withdrawn': 'Tilldelning återkallad',
  'assignment.due-changed': 'Slutdatum ändrat',
  'plan.created': 'Kompetensplan skapad',
  'plan.updated': 'Kompetensplan ändrad',
  'checklist-score.created': 'Förvaltningens självskattning sparad',
  'self-assessment.revised': 'Självskattningens frågor ändrade',
};

export const entityLabels: Record<string, string> = {
  User: 'Person',
  OrgUnit: 'Enhet',
  Organisation: 'Organisation',
  Import: 'Import',
  Assignment: 'Tilldelning',
  CompetencePlan: 'Kompetensplan',
  ChecklistScoreRound: 'Självskattning av förvaltning',
  SelfAssessmentVersion: 'Självskattningens frågor',
};

export const actionLabel = (code: string) => actionLabels[code] ?? code;
export const entityLabel = (code: string) => entityLabels[code] ?? code;
