// The longest search query, apart from its zod schema: the search boxes (client components in the
// header) need the number, not the validation library.
export const MAX_QUERY = 200;
