import { reactive } from 'vue'
import { isApiError } from '@/utils/apiError'

/**
 * Field errors from the server's problem+json `errors[]`, for `<el-form-item :error="fieldErrors.x">`.
 */
export function useFieldErrors() {
  const fieldErrors = reactive<Record<string, string>>({})

  function clear(): void {
    for (const key of Object.keys(fieldErrors)) delete fieldErrors[key]
  }

  /** Takes the field errors out of a failed call; returns whether there were any. */
  function capture(error: unknown): boolean {
    clear()
    if (!isApiError(error)) return false
    Object.assign(fieldErrors, error.fieldErrors)
    return Object.keys(error.fieldErrors).length > 0
  }

  return { fieldErrors, clear, capture }
}
