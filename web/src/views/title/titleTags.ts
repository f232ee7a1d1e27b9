import type { TitleState } from '@/api/title'

export const TITLE_TAG: Record<TitleState, 'success' | 'info' | 'danger'> = {
  VALID: 'success',
  EXPIRED: 'info',
  REVOKED: 'danger',
}
