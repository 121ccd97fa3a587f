import { describe, expect, it } from 'vitest';
import * as postgresEnums from '@/lib/generated/postgresql/enums';
import * as sqliteEnums from '@/lib/generated/sqlite/enums';
import { parseAudience, parseGender } from '@/lib/import/values';
import {
  assignmentSourceLabels,
  audienceKeyLabels,
  audienceKeyOptions,
  audienceLabels,
  audienceOptions,
  audiencePluralLabels,
  checklistKindLabels,
  checklistStateLabels,
  contentStatusLabels,
  deletionChoiceLabels,
  deletionOutcomeLabels,
  genderGroup,
  genderGroupLabels,
  genderGroups,
  genderLabels,
  genderOptions,
  lessonKindLabels,
  meetingKindLabels,
  exampleStatusLabels,
  organisationKindLabels,
  planActivityKindLabels,
  roleLabels,
  roleOptions,
  topicLabels,
  topicOptions,
} from '@/lib/labels';
import { audienceKeys, topicKeys } from '@/lib/validation/content';

// Every database enum the portal shows, with its label tables. A new enum value in the schema
// without a Swedish word fails here (and in the type checker, through `satisfies`).
const tables: Record<keyof typeof sqliteEnums, Record<string, string>[]> = {
  OrganisationKind: [organisationKindLabels],
  Role: [roleLabels],
  Audience: [audienceLabels, audiencePluralLabels],
  Gender: [genderLabels],
  ContentStatus: [contentStatusLabels],
  LessonKind: [lessonKindLabels],
  AssignmentSource: [assignmentSourceLabels],
  DeletionOutcome: [deletionOutcomeLabels, deletionChoiceLabels],
  ChecklistKind: [checklistKindLabels],
  ChecklistState: [checklistStateLabels],
  MeetingKind: [meetingKindLabels],
  ExampleStatus: [exampleStatusLabels],
  PlanActivityKind: [planActivityKindLabels],
};

describe('enum labels', () => {
  for (const [name, values] of Object.entries(sqliteEnums)) {
    it(`gives every ${name} value a Swedish label, in the schema's order`, () => {
      const labelTables = tables[name as keyof typeof sqliteEnums];
      expect(labelTables, `no label table for ${name}`).toBeDefined();
      for (const labels of labelTables) {
        expect(Object.keys(labels)).toEqual(Object.values(values));
        for (const label of Object.values(labels)) expect(label.trim()).not.toBe('');
      }
    });
  }

  it('covers the same enums and values on both engines', () => {
    expect(postgresEnums).toEqual(sqliteEnums);
  });

  it('derives each select option list from its label table', () => {
    const pairs: [{ value: string; label: string }[], Record<string, string>][] = [
      [roleOptions, roleLabels],
      [audienceOptions, audienceLabels],
      [genderOptions, genderLabels],
      [audienceKeyOptions, audienceKeyLabels],
      [topicOptions, topicLabels],
    ];
    for (const [options, labels] of pairs) {
      expect(options).toEqual(Object.entries(labels).map(([value, label]) => ({ value, label })));
    }
  });

  it('names every content key of the audiences and topics', () => {
    expect(Object.keys(audienceKeyLabels)).toEqual([...audienceKeys]);
    expect(audienceKeyLabels.politiker).toBe('Förtroendevalda');
    expect(Object.keys(topicLabels).sort()).toEqual([...topicKeys].sort());
  });

  it('writes audience and gender words that the staff import reads back', () => {
    for (const [audience, label] of Object.entries(audienceLabels)) {
      expect(parseAudience(label.toLowerCase())).toBe(audience);
    }
    for (const [gender, label] of Object.entries(genderLabels)) {
      expect(parseGender(label.toLowerCase())).toBe(gender);
    }
  });

  it('groups other, undisclosed and unstated gender together in the statistics', () => {
    expect(Object.keys(genderGroupLabels)).toEqual([...genderGroups]);
    expect(Object.keys(genderLabels).map(genderGroup)).toEqual(['KVINNA', 'MAN', 'OTHER', 'OTHER']);
    expect(genderGroup(null)).toBe('OTHER');
  });
});
