import axios, { type AxiosError, type InternalAxiosRequestConfig } from 'axios'
import { currentLocale, translate } from '@/locales'
import { ApiError, toApiError } from '@/utils/apiError'
import { showError } from '@/utils/message'

declare module 'axios' {
  interface AxiosRequestConfig {
    /** Do not show the error message as a toast (the caller shows it itself). */
    silent?: boolean
    /** Do not redirect to the login page on 401 (used by the session probe and by login itself). */
    skipAuthRedirect?: boolean
  }
}

export type AuthHandlers = {
  /** Called on 401: the session is gone. */
  onUnauthenticated: () => void
  /** Called on 403 with code `password-change-required`. */
  onPasswordChangeRequired: () => void
}

let authHandlers: AuthHandlers | null = null

/** Wires navigation into the http layer (done in main.ts, so this module does not import the router). */
export function setAuthHandlers(handlers: AuthHandlers | null): void {
  authHandlers = handlers
}

export const http = axios.create({
  baseURL: '',
  withCredentials: true,
  xsrfCookieName: 'XSRF-TOKEN',
  xsrfHeaderName: 'X-XSRF-TOKEN',
  timeout: 30_000,
  headers: {
    Accept: 'application/json, application/problem+json',
  },
})

export function applyRequestHeaders(config: InternalAxiosRequestConfig): InternalAxiosRequestConfig {
  config.headers.set('Accept-Language', currentLocale())
  return config
}

/**
 * Normalises a failed call into an ApiError, shows its message and follows the contract's
 * session rules: 401 → login page, 403 `password-change-required` → change-password page.
 */
export function handleResponseError(error: unknown): Promise<never> {
  const apiError = toApiError(error, {
    network: translate('error.network'),
    unknown: translate('error.unknown'),
  })
  const config = axios.isAxiosError(error) ? (error as AxiosError).config : undefined
  if (axios.isCancel(error)) {
    return Promise.reject(apiError)
  }
  if (apiError.status === 401 && !config?.skipAuthRedirect) {
    authHandlers?.onUnauthenticated()
    if (!config?.silent) showError(apiError.detail || translate('error.sessionExpired'))
    return Promise.reject(apiError)
  }
  if (apiError.status === 403 && apiError.code === 'password-change-required') {
    authHandlers?.onPasswordChangeRequired()
    if (!config?.silent) showError(apiError.detail)
    return Promise.reject(apiError)
  }
  if (!config?.silent) showError(apiError.detail)
  return Promise.reject(apiError)
}

http.interceptors.request.use(applyRequestHeaders)
http.interceptors.response.use((response) => response, handleResponseError)

export { ApiError }
