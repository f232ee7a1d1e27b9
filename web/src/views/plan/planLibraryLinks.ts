import { ref, type Ref } from 'vue'
import { listPlanKeyProjects } from '@/api/keyProject'

/**
 * Which record of the key project library each key project row of a plan became (issue 14 §8): row key
 * → record id, read from the library's records linked to the plan. Empty until loaded, and when the
 * library cannot be read (the rows then say they go into the library on save).
 */
export function usePlanLibraryLinks(): { links: Ref<Record<string, number>>; load: (planId: number) => Promise<void> } {
  const links = ref<Record<string, number>>({})
  async function load(planId: number): Promise<void> {
    try {
      const records = await listPlanKeyProjects(planId)
      const next: Record<string, number> = {}
      for (const record of records) if (record.fromPlan?.entry) next[record.fromPlan.entry] = record.id
      links.value = next
    } catch {
      links.value = {}
    }
  }
  return { links, load }
}
