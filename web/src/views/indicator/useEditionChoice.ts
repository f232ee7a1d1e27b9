import { computed, ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { listEditions, type ApplicableEditions, type EditionSummary } from '@/api/indicator'
import { useUserStore } from '@/stores/user'
import { useApplicableEditionsStore } from '@/stores/applicableEditions'
import { defaultYear, editionYears } from './indicatorLogic'
import { openingEdition } from './applicability'

/**
 * The edition and year chosen on an indicator page; the year is kept within the edition's years. The
 * editions are those offered to the user (ADR 0038); only if they cannot be read, every edition.
 */
export function useEditionChoice() {
  const { locale } = useI18n()
  const userStore = useUserStore()
  const applicableStore = useApplicableEditionsStore()
  const editions = ref<EditionSummary[]>([])
  /** What the user is offered, with the levels lacking an edition; null if it could not be read. */
  const applicable = ref<ApplicableEditions | null>(null)
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

  /**
   * Loads the editions offered and picks the one asked for, else the user's regulation's, else the
   * first ({@link openingEdition}); the asked year if it fits.
   */
  async function loadEditions(preferred: { edition?: string | null; year?: number | null } = {}): Promise<void> {
    loadingEditions.value = true
    try {
      applicable.value = await applicableStore.load(userStore.me?.username ?? null)
      editions.value = applicable.value ? applicable.value.editions : await listEditions()
    } catch {
      editions.value = []
    } finally {
      loadingEditions.value = false
    }
    const chosen = applicable.value
      ? openingEdition(applicable.value, preferred.edition)
      : (editions.value.find((e) => e.code === preferred.edition) ?? editions.value[0] ?? null)
    if (chosen && preferred.year && preferred.year >= chosen.firstYear && preferred.year <= chosen.lastYear) {
      year.value = preferred.year
    }
    editionCode.value = chosen?.code ?? null
  }

  return { editions, applicable, editionCode, edition, year, years, loadingEditions, editionTitle, loadEditions }
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
