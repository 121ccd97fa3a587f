// The English of the accessibility statement's generated parts (lib/accessibility/audit.ts):
// the same facts, written again in English. tests/unit/accessibility-audit.test.ts holds it
// complete: every area, focus check, untested point and shortcoming has its English here.

import { defaultLocale, type Locale } from '@/lib/i18n/config';
import { accessibilityAudit, type AccessibilityAudit } from './audit';

export const auditEnglish = {
  areas: {
    'Startsida, inloggning och fasta sidor': 'Start page, sign-in and fixed pages',
    'Kurser och lärvägar': 'Courses and learning paths',
    'Min sida och självskattning': 'My page and self-assessment',
    Vägledning: 'Guidance',
    'Exempel från kollegor': 'Examples from colleagues',
    'Sidor för chefer': 'Pages for managers',
    'Checklistan och skattning per förvaltning': 'The checklist and assessment per administration',
    'Statistik och kompetensplaner': 'Statistics and competence plans',
    Redaktion: 'Editing',
    Administration: 'Administration',
  } as Readonly<Record<string, string>>,
  focusChecks: {
    'tests/e2e/learning.spec.ts':
      'When you mark a lesson as done, focus moves to the message, not to the top of the page. When you submit a knowledge check with unanswered questions, focus moves to a summary that links to the questions.',
    'tests/e2e/language-learning.spec.ts':
      'The same in English: when you submit a knowledge check with unanswered questions, focus moves to the summary, which names the questions in English.',
    'tests/e2e/self-assessment.spec.ts':
      'When you save your self-assessment with a statement unanswered, focus moves to a summary that links to the statement.',
    'tests/e2e/administration-assessment.spec.ts':
      'When a manager saves an assessment for their administration with a statement unanswered, focus moves to a summary that links to the statement.',
    'tests/e2e/language-self-assessment.spec.ts':
      'The same in English: when you save the self-assessment with a statement unanswered, focus moves to the summary, and the statement in the link is marked as Swedish.',
    'tests/e2e/language-checklist.spec.ts':
      'The same in English for the administration’s assessment: focus moves to the summary, which says in English what is missing.',
    'tests/e2e/work-account.spec.ts':
      'When you have written your email address to sign in with your work account, focus moves to the button that signs you in with your organisation’s account.',
    'tests/e2e/course-authoring.spec.ts':
      'When a course cannot be saved, the link in the error summary leads to the field to correct, and focus moves into the field.',
    'tests/e2e/language-editor-learning.spec.ts':
      'The same in English: the error summary says in English where the error is, and the link moves focus to the field.',
    'tests/e2e/course-english.spec.ts':
      'When a course’s English version cannot be saved, the folded part with the error opens, and the link in the error summary moves focus to the English field.',
    'tests/e2e/template-english.spec.ts':
      'When an English text of a checklist template cannot be saved, focus moves to the field to correct, and the error is read with the field.',
  } as Readonly<Record<string, string>>,
  untested: [
    'No expert has reviewed the website with a screen reader, for example NVDA, JAWS, VoiceOver or TalkBack.',
    'We have not gone through the whole website with the keyboard only. The tests check focus in the cases listed above.',
    'WCAG requires a page to be readable at a width of 320 pixels without scrolling sideways. We test 390 pixels, not 320.',
    'We do not check the code with W3C’s HTML validator (Nu HTML Checker).',
    'The PDF files are not checked with any accessibility tool.',
  ],
  shortcomings: [
    {
      title: 'The PDF files have no tags',
      criteria: ['Info and Relationships'],
      problem:
        'The certificates, the action plan from the checklist, the discussion guides and the competence plans can be downloaded as PDF. The files have a title and a language, but no tags that show what is a heading, a list or a table. A screen reader therefore cannot show how the text fits together.',
      reason: 'The program that makes the files (pdf-lib) cannot make tagged PDF files.',
      alternative:
        'Everything in the files is also on web pages: the certificate as a web page on My page, the action plan for printing, the discussion guide and the competence plan. The link to the PDF file is on the same web page.',
    },
    {
      title: 'Images in texts may lack a text description',
      criteria: ['Non-text Content'],
      problem:
        'Editors can add images to the texts of the guidance and the courses. The editor does not check that an image has a text description. In examples from colleagues, on the other hand, an image must have a description to be saved.',
      reason: 'The check is not in the editor yet.',
      alternative:
        'Get in touch if you find an image without a description, and we will describe it and correct the text.',
    },
    {
      title: 'The films have no audio description',
      criteria: ['Audio Description (Prerecorded)'],
      problem:
        'The films in the courses and in the examples from colleagues have Swedish subtitles, but no audio description. What is only shown in the picture may therefore be lost for someone who does not see the film.',
      reason: 'The films are not made with audio description, and the editor does not ask for it.',
      alternative:
        'Below each film in a course is the film’s whole text. An example from colleagues is also described in text: what they did and what they learned.',
    },
  ],
} as const;

function inEnglish(): AccessibilityAudit {
  const audit = accessibilityAudit;
  const en = auditEnglish;
  return {
    ...audit,
    axe: { ...audit.axe, areas: audit.axe.areas.map((a) => ({ ...a, area: en.areas[a.area] ?? a.area })) },
    focusChecks: audit.focusChecks.map((f) => ({ ...f, what: en.focusChecks[f.spec] ?? f.what })),
    untested: en.untested,
    // In the same order as the Swedish; one without English (which the test refuses) stays Swedish.
    shortcomings: audit.shortcomings.map((s, i) => {
      const e = en.shortcomings[i];
      if (!e) return s;
      const criteria = s.criteria.map((c, j) => ({ id: c.id, name: (e.criteria as readonly string[])[j] ?? c.name }));
      return { title: e.title, criteria, problem: e.problem, reason: e.reason, alternative: e.alternative };
    }),
  };
}

// Written once: the facts only change with a deploy.
const english = inEnglish();

/** The audit's texts in the reader's language (the facts are the same). */
export const auditIn = (locale: Locale): AccessibilityAudit =>
  locale === defaultLocale ? accessibilityAudit : english;
