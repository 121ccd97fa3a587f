import type { ErrorCode } from '@/lib/errors';

// The one state every Server Action returns to its form (React's useActionState). It holds no
// server code, so client components import it; lib/actions/action.ts builds it.

/** What was submitted, as the form sent it; a field sent several times comes back comma-joined. */
export type FormValues = Record<string, string>;

export type FieldErrors = Record<string, string[] | undefined>;

export type ActionState<D = never, V = FormValues> = {
  status: 'idle' | 'success' | 'error';
  message?: string;
  /** Why it was refused, for code to tell cases apart (the message is for people). */
  code?: ErrorCode;
  fieldErrors?: FieldErrors;
  /** Kept after a refusal, so the form shows again what the person wrote. */
  values?: V;
  /** What the action hands back besides a message (a preview, a result, a new version). */
  data?: D;
  /** New for every answer: a form keyed on it shows the answer's values afresh. */
  nonce?: number;
};

export const idle: ActionState = { status: 'idle' };
