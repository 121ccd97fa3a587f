// The synthetic learning content and a year of activity: 12 published courses of 5 lessons, a
// learning path per audience, assignments for everyone and their progress. Pure and
// deterministic (seeded); the writer turns the rows into bulk inserts.
import type { Audience, Person } from './shape';
import { seededRandom } from './random';

export const COURSE_COUNT = 12;
export const LESSONS_PER_COURSE = 5;
const DAY = 24 * 60 * 60 * 1000;

const COURSES: { title: string; audiences: string; topics: string }[] = [
  { title: 'Grunderna i jämställdhetsintegrering', audiences: 'politiker,chef,strateg,medarbetare', topics: 'grunder' },
  { title: 'Könsstereotyper i vardagen', audiences: 'politiker,chef,strateg,medarbetare', topics: 'stereotyper' },
  { title: 'Bemötande på lika villkor', audiences: 'medarbetare', topics: 'stereotyper,kompetens' },
  { title: 'Jämställd service i mötet med invånaren', audiences: 'medarbetare', topics: 'vard-och-omsorg' },
  { title: 'Chefens ansvar för jämställdheten', audiences: 'chef', topics: 'roller,styrning' },
  { title: 'Att leda förändringsarbete', audiences: 'chef', topics: 'forbattringsarbete' },
  { title: 'Följa upp med könsuppdelad statistik', audiences: 'chef,strateg', topics: 'statistik-och-analys' },
  { title: 'Jämställdhetsanalys steg för steg', audiences: 'strateg', topics: 'statistik-och-analys' },
  { title: 'Styrdokument och mål', audiences: 'strateg', topics: 'styrning' },
  { title: 'Kommunicera utan stereotyper', audiences: 'strateg,medarbetare', topics: 'kommunikation' },
  { title: 'CEMR-deklarationen i politiken', audiences: 'politiker', topics: 'cemr' },
  { title: 'Förtroendevaldas roll', audiences: 'politiker', topics: 'roller' },
];

/** Course indexes of each audience's learning path (everyone's path starts with the two basics). */
export const PATHS: Record<Audience, number[]> = {
  EMPLOYEE: [0, 1, 2, 3],
  MANAGER: [0, 1, 4, 5, 6],
  STRATEGIST: [0, 1, 7, 8, 9],
  POLITICIAN: [0, 1, 10, 11],
};
const PATH_TITLES: Record<Audience, string> = {
  EMPLOYEE: 'Lärväg för medarbetare',
  MANAGER: 'Lärväg för chefer',
  STRATEGIST: 'Lärväg för strateger',
  POLITICIAN: 'Lärväg för förtroendevalda',
};

export type CourseRow = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  description: string;
  audiences: string;
  topics: string;
  minutes: number;
};
export type LessonRow = { id: string; courseId: string; slug: string; position: number; title: string; body: string };
export type Catalogue = {
  courses: CourseRow[];
  lessons: LessonRow[];
  paths: { id: string; audience: Audience; title: string; summary: string; intro: string }[];
  pathCourses: { pathId: string; courseId: string; position: number }[];
};

/** `bodies` are Markdown texts of real lessons, used in turn so pages render realistic text. */
export function buildCatalogue(key: string, bodies: readonly string[]): Catalogue {
  const courses = COURSES.map((c, i) => ({
    id: `${key}-c${i}`,
    slug: `kurs-${String(i + 1).padStart(2, '0')}`,
    title: c.title,
    summary: `${c.title}: en kurs i ${LESSONS_PER_COURSE} korta lektioner.`,
    description: `Kursen ${c.title.toLowerCase()} ger kunskap och verktyg för det dagliga arbetet.`,
    audiences: c.audiences,
    topics: c.topics,
    minutes: 30 + 5 * (i % 4),
  }));
  const lessons = courses.flatMap((c, i) =>
    Array.from({ length: LESSONS_PER_COURSE }, (_, l) => ({
      id: `${c.id}-l${l + 1}`,
      courseId: c.id,
      slug: `lektion-${l + 1}`,
      position: l + 1,
      title: `Lektion ${l + 1} i ${c.title.toLowerCase()}`,
      body: bodies.length ? bodies[(i * LESSONS_PER_COURSE + l) % bodies.length]! : `## Lektion ${l + 1}\n\nText.`,
    })),
  );
  const paths = (Object.keys(PATHS) as Audience[]).map((audience) => ({
    id: `${key}-path-${audience.toLowerCase()}`,
    audience,
    title: PATH_TITLES[audience],
    summary: `Kurserna som ${PATH_TITLES[audience].toLowerCase().replace('lärväg för ', '')} går.`,
    intro: 'Gå kurserna i ordning.',
  }));
  const pathCourses = paths.flatMap((p) =>
    PATHS[p.audience].map((c, position) => ({ pathId: p.id, courseId: courses[c]!.id, position: position + 1 })),
  );
  return { courses, lessons, paths, pathCourses };
}

export type AssignmentRow = {
  id: string;
  userId: string;
  courseId: string;
  pathId: string | null;
  source: 'RULE' | 'MANAGER';
  createdAt: Date;
  dueAt: Date;
};
export type ProgressRow = { id: string; userId: string; lessonId: string; completedAt: Date };
export type CompletionRow = { id: string; userId: string; courseId: string; completedAt: Date; certificateNo: string };
export type Activity = { assignments: AssignmentRow[]; progress: ProgressRow[]; completions: CompletionRow[] };

/**
 * One person's year: their path's courses (assigned by a rule) and two more from their manager,
 * sometimes a course taken on their own; each course finished (60 %), started (20 %) or not
 * begun, with lessons done in order between the assignment and now.
 */
export function personActivity(options: {
  person: Person;
  personIndex: number;
  catalogue: Catalogue;
  now: Date;
  seed: number;
}): Activity {
  const { person, personIndex, catalogue, now, seed } = options;
  const random = seededRandom(seed * 1_000_003 + personIndex);
  const path = catalogue.paths.find((p) => p.audience === person.audience)!;
  const pathCourses = PATHS[person.audience];
  const extra = catalogue.courses.map((_, i) => i).filter((i) => !pathCourses.includes(i));
  const fromManager = new Set<number>();
  while (fromManager.size < 2) fromManager.add(random.pick(extra));
  const own =
    random.next() < 0.4 ? extra.filter((i) => !fromManager.has(i)).slice(random.int(0, 3), random.int(4, 6)) : [];
  const out: Activity = { assignments: [], progress: [], completions: [] };
  const assigned = [
    ...pathCourses.map((c) => [c, 'RULE'] as const),
    ...[...fromManager].map((c) => [c, 'MANAGER'] as const),
  ];
  for (const [index, source] of assigned) {
    const course = catalogue.courses[index]!;
    const createdAt = new Date(now.getTime() - random.int(1, 365) * DAY);
    const id = `${person.id}-a${index}`;
    out.assignments.push({
      id,
      userId: person.id,
      courseId: course.id,
      pathId: source === 'RULE' ? path.id : null,
      source,
      createdAt,
      dueAt: new Date(createdAt.getTime() + 90 * DAY),
    });
    addProgress(out, { person, courseIndex: index, catalogue, since: createdAt, now, roll: random.next(), random });
  }
  for (const index of own)
    addProgress(out, {
      person,
      courseIndex: index,
      catalogue,
      since: new Date(now.getTime() - random.int(1, 365) * DAY),
      now,
      roll: random.next(),
      random,
    });
  return out;
}

function addProgress(
  out: Activity,
  o: {
    person: Person;
    courseIndex: number;
    catalogue: Catalogue;
    since: Date;
    now: Date;
    roll: number;
    random: ReturnType<typeof seededRandom>;
  },
) {
  const done = o.roll < 0.6 ? LESSONS_PER_COURSE : o.roll < 0.8 ? o.random.int(1, LESSONS_PER_COURSE - 1) : 0;
  const course = o.catalogue.courses[o.courseIndex]!;
  const end = o.now.getTime();
  let at = o.since.getTime();
  for (let l = 1; l <= done; l += 1) {
    // Each lesson some time after the previous one; the later lessons bunch up towards today.
    at = Math.min(end, at + Math.floor(o.random.next() * (end - at) * (l === done ? 1 : 0.5)) + 1);
    out.progress.push({
      id: `${o.person.id}-${o.courseIndex}-${l}`,
      userId: o.person.id,
      lessonId: `${course.id}-l${l}`,
      completedAt: new Date(at),
    });
  }
  if (done === LESSONS_PER_COURSE) {
    out.completions.push({
      id: `${o.person.id}-cc${o.courseIndex}`,
      userId: o.person.id,
      courseId: course.id,
      completedAt: new Date(at),
      certificateNo: `JP-BENCH-${o.person.id}-${o.courseIndex}`.toUpperCase(),
    });
  }
}
