/**
 * "D.C. (Duck-chul) Lee", "J.R. (Jim) Tolan": initials with the given name they stand for in parentheses. The name
 * a reader uses is the given name and the surname, so the initials and the marks are blanked (offsets kept) and the
 * given name stays, where any other parenthesised aside is blanked whole.
 */
const INITIALS_THEN_GIVEN = /(?<![\p{L}.])((?:\p{Lu}\.\s?){1,3})(\()(\p{Lu}\p{Ll}+(?:-\p{Ll}+)?(?:\s\p{Lu}\p{Ll}+)?)(\))(?=\s+\p{Lu}\p{Ll})/gu;

export function keepGivenForInitials(text: string): string {
  return text.replace(INITIALS_THEN_GIVEN, (_m, initials: string, open: string, given: string, close: string) =>
    `${' '.repeat(initials.length + open.length)}${given}${' '.repeat(close.length)}`,
  );
}
