import { z } from 'zod';
import { formatCount } from '@/lib/numbers';

// zod's own messages are English ("Invalid input: expected number, received NaN"). Every field a
// person fills in has a Swedish message of its own; this is the fallback for the rest (a crafted
// request, a JSON payload of the wrong shape), so no English reaches anyone. Schemas import `z`
// from here, which installs it before anything parses, in the browser and on the server.
type Issue = Parameters<NonNullable<z.core.$ZodConfig['customError']>>[0];

const count = (n: unknown) => formatCount(Number(n));

function tooBig(issue: Extract<Issue, { code: 'too_big' }>): string {
  const max = count(issue.maximum);
  if (issue.origin === 'string') return `Skriv högst ${max} tecken.`;
  if (issue.origin === 'array' || issue.origin === 'set') return `Högst ${max} får anges.`;
  return issue.inclusive === false ? `Ange ett tal under ${max}.` : `Ange högst ${max}.`;
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): string {
  const min = count(issue.minimum);
  if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'Fältet är tomt.' : `Skriv minst ${min} tecken.`;
  if (issue.origin === 'array' || issue.origin === 'set')
    return Number(issue.minimum) <= 1 ? 'Välj minst ett.' : `Minst ${min} behövs.`;
  return issue.inclusive === false ? `Ange ett tal över ${min}.` : `Ange minst ${min}.`;
}

const FORMATS: Record<string, string> = {
  date: 'Skriv datumet som ÅÅÅÅ-MM-DD.',
  email: 'Skriv en giltig e-postadress.',
  url: 'Skriv en giltig webbadress.',
};

function swedishMessage(issue: Issue): string {
  switch (issue.code) {
    case 'too_big':
      return tooBig(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'invalid_type':
      if (issue.input === undefined) return 'Uppgiften saknas.';
      if (issue.expected === 'int') return 'Ange ett heltal.';
      return issue.expected === 'number' ? 'Ange ett tal.' : 'Uppgiften har fel form.';
    case 'invalid_value':
      return 'Välj ett av alternativen.';
    case 'invalid_format':
      return FORMATS[issue.format] ?? 'Uppgiften har fel form.';
    case 'not_multiple_of':
      return 'Ange ett heltal.';
    case 'unrecognized_keys':
      return 'Formuläret innehåller fält som inte hör hit.';
    default:
      return 'Uppgiften är ogiltig.';
  }
}

z.config({ customError: swedishMessage });

export { z };
