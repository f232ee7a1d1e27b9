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
  let pending: Promise<ApplicableEditions | null> | null = null

  const codes = computed(() => offeredCodes(applicable.value))

  /** Reads the editions for `username` (again only when the user changed); null for nobody or on failure. */
  function load(username: string | null): Promise<ApplicableEditions | null> {
    if (username === null) {
      applicable.value = null
      forUser.value = null
      return Promise.resolve(null)
    }
    if (forUser.value === username && applicable.value) return Promise.resolve(applicable.value)
    pending ??= Promise.resolve()
      .then(() => getApplicableEditions())
      .then((a) => {
        applicable.value = a
        forUser.value = username
        return a
      })
      .catch(() => null)
      .finally(() => {
        pending = null
      })
    return pending
  }

  return { applicable, codes, load }
})
