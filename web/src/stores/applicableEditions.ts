import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import { getApplicableEditions, type ApplicableEditions } from '@/api/indicator'
import { offeredCodes } from '@/views/indicator/applicability'

/**
 * The editions offered to the logged-in user (GET /api/indicator-editions/applicable), read once per
 * user and shared by the menu and the indicator pages. Until they are read, no edition is offered, so
 * a page bound to an edition (美丽内蒙古) is not shown to a user it does not apply to.
 */
export const useApplicableEditionsStore = defineStore('applicableEditions', () => {
  const applicable = ref<ApplicableEditions | null>(null)
  const forUser = ref<string | null>(null)
  let pending: { username: string; answer: Promise<ApplicableEditions | null> } | null = null

  const codes = computed(() => offeredCodes(applicable.value))

  /**
   * Reads the editions for `username` (again only when the user changed); null for nobody or on failure.
   * A request still running for another user is not shared, and its answer is dropped when it arrives.
   */
  function load(username: string | null): Promise<ApplicableEditions | null> {
    if (username === null) {
      applicable.value = null
      forUser.value = null
      pending = null
      return Promise.resolve(null)
    }
    if (forUser.value === username && applicable.value) return Promise.resolve(applicable.value)
    if (pending?.username === username) return pending.answer
    const mine: { username: string; answer: Promise<ApplicableEditions | null> } = {
      username,
      answer: Promise.resolve()
        .then(() => getApplicableEditions())
        .then((a) => {
          if (pending !== mine) return null
          applicable.value = a
          forUser.value = username
          return a
        })
        .catch(() => null)
        .finally(() => {
          if (pending === mine) pending = null
        }),
    }
    pending = mine
    return mine.answer
  }

  return { applicable, codes, load }
})
