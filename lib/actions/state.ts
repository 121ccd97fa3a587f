import { z } from 'zod';
import { ExpectedError, userMessage } from '@/lib/errors';

/** What every Server Action returns to its form (used with useActionState). */
export type ActionState = {
  status: 'idle' | 'success' | 'error';
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
};

export const idle: ActionState = { status: 'idle' };

export function fromZodError(error: z.ZodError, message = 'Rätta de markerade fälten.'): ActionState {
  return {
    status: 'error',
    message,
    fieldErrors: z.flattenError(error).fieldErrors as Record<string, string[] | undefined>,
  };
}

/** Expected errors keep their Swedish message; anything else is logged and shown generically. */
export function fromError(error: unknown): ActionState {
  if (error instanceof ExpectedError) return { status: 'error', message: error.message };
  return { status: 'error', message: userMessage(error) };
}
