import { isAxiosError } from 'axios'
import type { ProblemDetail } from '@/api/types'

/** A failed API call, normalised from an RFC 9457 problem+json answer (or a network failure). */
export class ApiError extends Error {
  /** HTTP status, or null when no answer came (network failure). */
  readonly status: number | null
  /** The server's stable machine code, e.g. `validation`, `locked`, `conflict`. */
  readonly code: string | null
  readonly title: string | null
  /** The human-readable message to show (the problem's `detail`, else its `title`, else a fallback). */
  readonly detail: string
  /** Field name → message, from the problem's `errors[]`; several messages for one field are joined. */
  readonly fieldErrors: Record<string, string>
  /** The problem's `errors[]` as sent, in order (several may name one field), for lists of every problem. */
  readonly errors: { field: string; message: string }[]

  constructor(init: {
    status: number | null
    code: string | null
    title: string | null
    detail: string
    fieldErrors: Record<string, string>
    errors?: { field: string; message: string }[]
  }) {
    super(init.detail)
    this.name = 'ApiError'
    this.status = init.status
    this.code = init.code
    this.title = init.title
    this.detail = init.detail
    this.fieldErrors = init.fieldErrors
    this.errors = init.errors ?? []
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function nonEmptyString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null
}

/** Reads a problem+json body defensively: anything that is not the expected shape is dropped. */
export function parseProblem(body: unknown): ProblemDetail | null {
  let value: unknown = body
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value)
    } catch {
      return null
    }
  }
  if (!isRecord(value)) return null
  const problem: ProblemDetail = {}
  const type = nonEmptyString(value.type)
  const title = nonEmptyString(value.title)
  const detail = nonEmptyString(value.detail)
  const code = nonEmptyString(value.code)
  if (type) problem.type = type
  if (title) problem.title = title
  if (detail) problem.detail = detail
  if (code) problem.code = code
  if (typeof value.status === 'number') problem.status = value.status
  if (Array.isArray(value.errors)) {
    problem.errors = value.errors.flatMap((item: unknown) => {
      if (!isRecord(item)) return []
      const field = nonEmptyString(item.field)
      const message = nonEmptyString(item.message)
      return field && message ? [{ field, message }] : []
    })
  }
  return problem
}

export function fieldErrorsOf(problem: ProblemDetail | null): Record<string, string> {
  const result: Record<string, string> = {}
  for (const { field, message } of problem?.errors ?? []) {
    result[field] = result[field] ? `${result[field]}；${message}` : message
  }
  return result
}

/**
 * Turns whatever an axios call rejected with into an ApiError.
 * `fallback` is the (localised) message used when the server gave none.
 */
export function toApiError(error: unknown, fallback: { network: string; unknown: string }): ApiError {
  if (isApiError(error)) return error
  if (isAxiosError(error)) {
    const response = error.response
    if (!response) {
      return new ApiError({ status: null, code: null, title: null, detail: fallback.network, fieldErrors: {} })
    }
    const problem = parseProblem(response.data)
    const fieldErrors = fieldErrorsOf(problem)
    const firstFieldMessage = Object.values(fieldErrors)[0] ?? null
    return new ApiError({
      status: response.status,
      code: problem?.code ?? null,
      title: problem?.title ?? null,
      detail: problem?.detail ?? problem?.title ?? firstFieldMessage ?? fallback.unknown,
      fieldErrors,
      errors: problem?.errors ?? [],
    })
  }
  const message = error instanceof Error && error.message ? error.message : fallback.unknown
  return new ApiError({ status: null, code: null, title: null, detail: message, fieldErrors: {} })
}
