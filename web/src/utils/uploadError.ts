import { isApiError } from './apiError'

/**
 * The one message to show beside an upload's form field when the server refused the file: the
 * problem+json `errors[]` message that names `field` (default `file`), else the problem's detail,
 * else `fallback` (a network failure). Send the upload with `silent: true` so that the same message is
 * not also shown as a toast.
 */
export function uploadFieldError(error: unknown, fallback: string, field = 'file'): string {
  if (!isApiError(error)) return fallback
  return error.fieldErrors[field] ?? (error.detail || fallback)
}

/**
 * Every field's message of a refused form (problem+json `errors[]`), for the form items' `error`;
 * empty when the refusal names no field.
 */
export function formFieldErrors(error: unknown): Record<string, string> {
  return isApiError(error) ? { ...error.fieldErrors } : {}
}
