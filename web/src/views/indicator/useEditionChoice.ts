import { computed, ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { listEditions, type EditionSummary } from '@/api/indicator'
import { defaultYear, editionYears } from './indicatorLogic'

/** The edition and year chosen on an indicator page; the year is kept within the edition's years. */
export function useEditionChoice() {
  const { locale } = useI18n()
  const editions = ref<EditionSummary[]>([])
  const editionCode = ref<string | null>(null)
  const year = ref<number | null>(null)
  const loadingEditions = ref(false)

  const edition = computed(() => editions.value.find((e) => e.code === editionCode.value) ?? null)
  const years = computed(() => editionYears(edition.value))

  function editionTitle(e: EditionSummary | null | undefined): string {
    if (!e) return ''
    return locale.value === 'en' && e.titleEn ? e.titleEn : e.titleZh
  }

  watch(edition, (current) => {
    if (!current) {
      year.value = null
    } else if (year.value === null || !years.value.includes(year.value)) {
      year.value = defaultYear(current)
    }
  })

  /** Loads the editions and picks the preferred one (else the first), and the preferred year if it fits. */
  async function loadEditions(preferred: { edition?: string | null; year?: number | null } = {}): Promise<void> {
    loadingEditions.value = true
    try {
      editions.value = await listEditions()
    } catch {
      editions.value = []
    } finally {
      loadingEditions.value = false
    }
    const chosen = editions.value.find((e) => e.code === preferred.edition) ?? editions.value[0] ?? null
    if (chosen && preferred.year && preferred.year >= chosen.firstYear && preferred.year <= chosen.lastYear) {
      year.value = preferred.year
    }
    editionCode.value = chosen?.code ?? null
  }

  return { editions, editionCode, edition, year, years, loadingEditions, editionTitle, loadEditions }
}

/** A string query parameter, or null. */
export function queryText(value: unknown): string | null {
  const first: unknown = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' && first !== '' ? first : null
}

/** An integer query parameter, or null. */
export function queryInt(value: unknown): number | null {
  const text = queryText(value)
  if (text === null || !/^\d+$/.test(text)) return null
  return Number(text)
}
