import { ref } from 'vue'
import { defineStore } from 'pinia'
import type { Role } from '@/api/types'
import { gradingApplicability } from '@/api/grading'
import { bimSenderStatus } from '@/api/report'
import { GRADING_ROLES } from '@/views/grading/gradingLogic'
import { BIM_SENDER_ROLES } from '@/views/report/reportLogic'
import type { Feature } from '@/router/access'

/**
 * The pages that apply to the logged-in user's jurisdiction by the regulation data (not by role alone):
 * 年度评估 where the regulation in force has a grading cycle, the league's Beautiful Inner Mongolia report
 * where the user's region is a sender. Empty until loaded, so such menu entries appear once the server said so.
 */
export const useFeatureStore = defineStore('features', () => {
  const features = ref<ReadonlySet<Feature>>(new Set())
  let loadedFor: number | null = null

  /** Asks the server, once per user; a failed probe leaves the feature off. */
  async function load(userId: number | null, role: Role | null): Promise<void> {
    if (userId === loadedFor) return
    loadedFor = userId
    const found = new Set<Feature>()
    const probes: Promise<void>[] = []
    if (role && GRADING_ROLES.includes(role)) {
      probes.push(
        gradingApplicability()
          .then((a) => {
            if (a.applies) found.add('grading')
          })
          .catch(() => undefined),
      )
    }
    if (role && BIM_SENDER_ROLES.includes(role)) {
      probes.push(
        bimSenderStatus()
          .then((s) => {
            if (s.sender) found.add('bimSender')
          })
          .catch(() => undefined),
      )
    }
    await Promise.all(probes)
    if (loadedFor === userId) features.value = found
  }

  return { features, load }
})
