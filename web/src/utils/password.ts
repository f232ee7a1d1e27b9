/**
 * Password complexity, the same rule the server enforces:
 * at least 8 characters, drawn from at least three of the four classes
 * upper-case letters, lower-case letters, digits and symbols (anything else).
 */
export const PASSWORD_MIN_LENGTH = 8
export const PASSWORD_MIN_CLASSES = 3

export function passwordCharacterClasses(password: string): number {
  let classes = 0
  if (/[A-Z]/.test(password)) classes++
  if (/[a-z]/.test(password)) classes++
  if (/[0-9]/.test(password)) classes++
  if (/[^A-Za-z0-9]/.test(password)) classes++
  return classes
}

export function isPasswordComplexEnough(password: string): boolean {
  return (
    [...password].length >= PASSWORD_MIN_LENGTH &&
    passwordCharacterClasses(password) >= PASSWORD_MIN_CLASSES
  )
}
