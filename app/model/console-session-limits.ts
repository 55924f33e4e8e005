// How long a console session may last. Apart from app-settings.ts (its schema) so that the
// settings screen, which checks the field as the user types, loads no zod.

/** Console sessions: AWS accepts 900 s to 12 h, and never longer than the role credentials. */
export const minConsoleSessionSeconds = 900;
export const maxConsoleSessionSeconds = 43_200;
