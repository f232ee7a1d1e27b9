import { computed, onMounted, ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import type { EditionSummary } from '@/api/indicator'
import { useApplicableEditionsStore } from '@/stores/applicableEditions'
import { useUserStore } from '@/stores/user'

/**
 * The edition and year on the league's overview: only the editions that apply in the user's jurisdiction
 * (issue 14 §1, ADR 0038) and are judged at county or township level, the first one chosen; the year
 * starts at the edition's last year and stays within its years. `loaded` turns true once the editions
 * are read, so that the page can say there is none instead of offering another province's index.
 */
export function useCountyEditions() {
  const { locale } = useI18n()
  const userStore = useUserStore()
  const applicableStore = useApplicableEditionsStore()
  const editions = ref<EditionSummary[]>([])
  const editionCode = ref<string | null>(null)
  const year = ref<number | null>(null)
  const loaded = ref(false)
  const edition = computed(() => editions.value.find((e) => e.code === editionCode.value) ?? null)
  const years = computed(() => {
    const e = edition.value
    if (!e) return []
    const out: number[] = []
    for (let y = e.lastYear; y >= e.firstYear; y--) out.push(y)
    return out
  })

  function editionTitle(e: EditionSummary | null | undefined): string {
    if (!e) return ''
    return locale.value === 'en' && e.titleEn ? e.titleEn : e.titleZh
  }

  watch(edition, (e) => {
    if (e && (year.value === null || !years.value.includes(year.value))) year.value = e.lastYear
  })

  onMounted(async () => {
    const applicable = await applicableStore.load(userStore.me?.username ?? null)
    editions.value = (applicable?.editions ?? []).filter((e) => !e.levels || /COUNTY|TOWNSHIP/.test(e.levels))
    editionCode.value = editions.value[0]?.code ?? null
    loaded.value = true
  })

  return { editions, editionCode, year, years, editionTitle, loaded }
}
