import { keyToAudience } from '@/lib/audiences';
import type {
  AssignmentSource,
  Audience,
  ChecklistKind,
  ChecklistState,
  ContentStatus,
  DeletionOutcome,
  ExampleStatus,
  Gender,
  LessonKind,
  MeetingKind,
  OrganisationKind,
  PlanActivityKind,
  Role,
} from '@/lib/generated/sqlite/enums';
import type { PersonStatus } from '@/lib/assignments/status';
import type { AudienceKey, TopicKey } from '@/lib/validation/content';

// The Swedish word for every enum value the portal shows, each written once here. Pages, CSV
// exports, PDFs and e-mails read them from here, and select options derive from the same tables.
// No `server-only`: client components use it too. Each table lists its values in the schema's
// order, which is the order the options show in (tests/unit/labels.test.ts checks both).

/** One person's audience ("Målgrupp: Chef"). */
export const audienceLabels = {
  POLITICIAN: 'Förtroendevald',
  MANAGER: 'Chef',
  STRATEGIST: 'Strateg',
  EMPLOYEE: 'Medarbetare',
} satisfies Record<Audience, string>;

/** An audience as a group (filters, statistics, a guide's or course's audiences). */
export const audiencePluralLabels = {
  POLITICIAN: 'Förtroendevalda',
  MANAGER: 'Chefer',
  STRATEGIST: 'Strateger',
  EMPLOYEE: 'Medarbetare',
} satisfies Record<Audience, string>;

export const genderLabels = {
  KVINNA: 'Kvinna',
  MAN: 'Man',
  ANNAT: 'Annat',
  VILL_INTE_ANGE: 'Vill inte ange',
} satisfies Record<Gender, string>;

export const roleLabels = {
  EMPLOYEE: 'Medarbetare',
  MANAGER: 'Chef',
  STRATEGIST: 'Strateg',
  ADMIN: 'Administratör',
} satisfies Record<Role, string>;

export const organisationKindLabels = {
  KOMMUN: 'Kommun',
  REGION: 'Region',
} satisfies Record<OrganisationKind, string>;

/** A guide's or course's publishing status. */
export const contentStatusLabels = {
  DRAFT: 'Utkast',
  PUBLISHED: 'Publicerad',
  UNPUBLISHED: 'Avpublicerad',
} satisfies Record<ContentStatus, string>;

export const lessonKindLabels = {
  READING: 'Läsning',
  VIDEO: 'Film',
  REFLECTION: 'Reflektion',
  QUIZ: 'Kunskapskontroll',
} satisfies Record<LessonKind, string>;

/** How a course came to be assigned. */
export const assignmentSourceLabels = {
  SELF: 'Valde själv',
  MANAGER: 'Från chef',
  RULE: 'Genom en regel',
} satisfies Record<AssignmentSource, string>;

/** Where a learning example is in its review (the author sees it on their own list). */
export const exampleStatusLabels = {
  SUBMITTED: 'Väntar på granskning',
  CHANGES_REQUESTED: 'Ändringar önskas',
  APPROVED: 'Publicerat',
  DECLINED: 'Inte publicerat',
  WITHDRAWN: 'Återkallat',
} satisfies Record<ExampleStatus, string>;

/** What was done with a request for deletion (the queue at /admin/radering, the person's Min sida). */
export const deletionOutcomeLabels = {
  ERASED: 'Uppgifterna raderade',
  PARTLY_ERASED: 'Uppgifterna delvis raderade',
  REFUSED: 'Begäran avslagen',
} satisfies Record<DeletionOutcome, string>;

/** The same outcomes as the administrator's choices in the form that handles a request. */
export const deletionChoiceLabels = {
  ERASED: 'Radera uppgifterna',
  PARTLY_ERASED: 'Radera delvis',
  REFUSED: 'Avslå',
} satisfies Record<DeletionOutcome, string>;

/** The kind of ordinary meeting a group session (gruppträff) is held at. */
export const meetingKindLabels = {
  APT: 'Arbetsplatsträff (APT)',
  CHEFSMOTE: 'Chefsmöte',
  ARBETSGRUPP: 'Arbetsgruppsmöte',
  ANNAT: 'Annat möte',
} satisfies Record<MeetingKind, string>;

/** What a checklist template asks for: a status per item, or a score 1–4 per item in rounds. */
export const checklistKindLabels = {
  STATUS: 'Checklista',
  SCORE: 'Självskattning',
} satisfies Record<ChecklistKind, string>;

/** A planned activity in a competence plan (kompetensplan). */
export const planActivityKindLabels = {
  COURSE: 'Kurs',
  SESSION: 'Gruppträff',
  OTHER: 'Annat',
} satisfies Record<PlanActivityKind, string>;

/** A checklist item's status (lib/checklist/status.ts adds a symbol, so it never rests on colour). */
export const checklistStateLabels = {
  NOT_STARTED: 'Ej påbörjad',
  IN_PROGRESS: 'Pågår',
  DONE: 'Klar',
  NOT_APPLICABLE: 'Ej aktuell',
} satisfies Record<ChecklistState, string>;

/**
 * A person's status in the team view, worked out from their assigned courses (not stored, so not a
 * database enum); listed in the team filter's order.
 */
export const assignmentStatusLabels = {
  overdue: 'Försenad',
  'in-progress': 'Pågår',
  'not-started': 'Inte påbörjad',
  done: 'Klar',
  none: 'Inget tilldelat',
} satisfies Record<PersonStatus, string>;

// Statistics show women and men, and put ANNAT, VILL_INTE_ANGE and "not stated" in one group:
// each alone is nearly always small enough to be suppressed.
export const genderGroupLabels = {
  KVINNA: 'Kvinnor',
  MAN: 'Män',
  OTHER: 'Annat eller ej angivet',
} as const;
export type GenderGroup = keyof typeof genderGroupLabels;
export const genderGroups = Object.keys(genderGroupLabels) as GenderGroup[];

/** Why a figure about people is hidden (lib/stats/protection.ts, verdict). */
export const hiddenReasonLabels = {
  small: 'dold – färre än 5 personer',
  protects: 'dold – skyddar en liten grupp',
} as const;

/** The column that counts everyone: women, men and the third group. */
export const everyoneLabel = 'Alla';

/** The three columns of every women-and-men table: women, men, everyone. */
export const womenMenAllLabels = { KVINNA: genderGroupLabels.KVINNA, MAN: genderGroupLabels.MAN, total: everyoneLabel };

export function genderGroup(gender: string | null): GenderGroup {
  return gender === 'KVINNA' || gender === 'MAN' ? gender : 'OTHER';
}

/** The audience's plural label by its content key (/larvagar/chef, a guide's `audiences`). */
export const audienceKeyLabels = Object.fromEntries(
  Object.entries(keyToAudience).map(([key, audience]) => [key, audiencePluralLabels[audience]]),
) as Record<AudienceKey, string>;

// Swedish names for the content vocabularies (content/README.md lists the keys).
export const topicLabels = {
  grunder: 'Grunder',
  styrning: 'Styrning och ledning',
  kompetens: 'Kompetens och lärande',
  'statistik-och-analys': 'Statistik och analys',
  stereotyper: 'Stereotyper',
  cemr: 'CEMR-deklarationen',
  kommunikation: 'Kommunikation',
  'vard-och-omsorg': 'Vård och omsorg',
  forbattringsarbete: 'Förbättringsarbete',
  roller: 'Roller och ansvar',
} satisfies Record<TopicKey, string>;

/** Whether a stored topic is one of the vocabulary's (older rows may hold one no longer in it). */
export const isTopicKey = (value: string): value is TopicKey => Object.hasOwn(topicLabels, value);

export type Option<V extends string = string> = { value: V; label: string };

/** A select's options from a label table, in the table's order. */
export function optionsOf<V extends string>(labels: Record<V, string>): Option<V>[] {
  return (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }));
}

export const roleOptions = optionsOf(roleLabels);
export const audienceOptions = optionsOf(audienceLabels);
export const genderOptions = optionsOf(genderLabels);
/** Audience filters that travel in the URL by content key (?malgrupp=chef). */
export const audienceKeyOptions = optionsOf(audienceKeyLabels);
export const topicOptions = optionsOf(topicLabels);
export const meetingKindOptions = optionsOf(meetingKindLabels);
