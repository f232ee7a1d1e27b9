import { computed, ref, watch } from 'vue'
import { useRoute } from 'vue-router'
import { getRegion } from '@/api/region'
import type { Region } from '@/api/types'
import { useUserStore } from '@/stores/user'
import { REPORTING_ROLES, roleIn } from '@/utils/subjectRoles'
import { queryInt, queryText } from './useEditionChoice'

/**
 * The region (and construction unit) whose values the entry page shows: from the link's `region` and
 * `unit`, else the user's own region. Choosing another region clears the unit. Which Excel actions apply
 * follows from the choice.
 */
export function useEntryRegion() {
  const route = useRoute()
  const userStore = useUserStore()
  const ownRegion = userStore.me?.region ?? null
  const regionCode = ref<string | null>(queryText(route.query.region) ?? ownRegion?.code ?? null)
  const regionLabel = ref<string | null>(regionCode.value === ownRegion?.code ? (ownRegion?.name ?? null) : null)

  function onRegionChange(region: Region | null): void {
    regionLabel.value = region ? (region.path ?? region.name) : null
  }

  /** The region itself (null) or one of its construction units. */
  const unitId = ref<number | null>(queryInt(route.query.unit))
  // synchronous, so that the year is never asked for with the previous region's unit
  watch(regionCode, () => (unitId.value = null), { flush: 'sync' })

  /** A region given by the link is labelled by its name once read; the select shows the code until then. */
  async function labelRegion(): Promise<void> {
    const code = regionCode.value
    if (!code || regionLabel.value) return
    try {
      const region = await getRegion(code)
      if (regionCode.value === code) regionLabel.value = region.name
    } catch {
      // the select then shows the code
    }
  }

  /** The subjects who enter values may import them, for their own region only (as on the server). */
  const canImport = computed(
    () => userStore.me !== null && roleIn(REPORTING_ROLES, userStore.me.role) && regionCode.value === ownRegion?.code,
  )
  /** The Excel round trip covers the region's own values only; a unit's are entered on this page. */
  const excelApplies = computed(() => unitId.value === null)

  return { regionCode, regionLabel, unitId, onRegionChange, labelRegion, canImport, excelApplies }
}
