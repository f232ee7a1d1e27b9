import { http } from './http'
import type { ChangePasswordRequest, LoginRequest, Me } from './types'

/** Makes sure the XSRF-TOKEN cookie exists (call before login). */
export async function fetchCsrf(): Promise<void> {
  await http.get('/api/auth/csrf', { skipAuthRedirect: true, silent: true })
}

/** Logs in; the caller shows the server's message (bad credentials, locked) itself. */
export async function login(body: LoginRequest): Promise<Me> {
  const { data } = await http.post<Me>('/api/auth/login', body, { skipAuthRedirect: true, silent: true })
  return data
}

export async function logout(): Promise<void> {
  await http.post('/api/auth/logout', null, { skipAuthRedirect: true, silent: true })
}

/** The current user; rejects with a 401 ApiError when nobody is logged in (no redirect, no message). */
export async function getMe(): Promise<Me> {
  const { data } = await http.get<Me>('/api/auth/me', { skipAuthRedirect: true, silent: true })
  return data
}

export async function changePassword(body: ChangePasswordRequest): Promise<void> {
  await http.post('/api/auth/password', body)
}

/** The user's own address for mailed reminders (null = none). */
export async function getOwnEmail(): Promise<string | null> {
  const { data } = await http.get<{ email: string | null }>('/api/auth/email')
  return data.email
}

/** Sets, or with an empty value clears, the user's own reminder address. */
export async function setOwnEmail(email: string): Promise<string | null> {
  const { data } = await http.put<{ email: string | null }>('/api/auth/email', { email })
  return data.email
}
