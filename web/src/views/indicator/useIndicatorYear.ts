import { computed, reactive, ref, watch, type Ref } from 'vue'
import { getIndicatorYear, type EditionDetail, type IndicatorValue, type IndicatorYear, type YearKey } from '@/api/indicator'
import { draftFrom, partsOf, sameDraft, type RowDraft } from './indicatorLogic'

/**
 * The values of the year shown on the entry page (IndicatorEntryView): loading it when the key
 * changes, one draft per indicator, and taking newer answers without losing rows being edited.
 * Every load starts a new generation; an answer for an older one is dropped (`isCurrent`).
 */
export function useIndicatorYear(yearKey: Ref<YearKey | null>, detail: Ref<EditionDetail | null>) {
  const yearData = ref<IndicatorYear | null>(null)
  const loadingYear = ref(false)
  const drafts = reactive<Record<string, RowDraft>>({})
  const rowErrors = reactive<Record<string, Record<string, string>>>({})
  let generation = 0

  const valuesByCode = computed<Record<string, IndicatorValue>>(() =>
    Object.fromEntries((yearData.value?.values ?? []).map((v) => [v.indicator, v])),
  )

  function clearRecord<T>(record: Record<string, T>): void {
    for (const key of Object.keys(record)) delete record[key]
  }

  /** Gives every indicator a draft (from its stored value) that does not have one yet. */
  function fillDrafts(): void {
    if (!yearData.value || !detail.value) return
    for (const indicator of detail.value.indicators) {
      drafts[indicator.code] ??= draftFrom(valuesByCode.value[indicator.code])
    }
  }

  async function loadYear(): Promise<void> {
    const key = yearKey.value
    const request = ++generation
    yearData.value = null
    clearRecord(drafts)
    clearRecord(rowErrors)
    if (!key) return
    loadingYear.value = true
    try {
      const loaded = await getIndicatorYear(key)
      if (request !== generation) return
      yearData.value = loaded
      fillDrafts()
    } catch {
      // the http layer showed the message
    } finally {
      if (request === generation) loadingYear.value = false
    }
  }

  watch(yearKey, loadYear)

  /** Takes a newer answer for the same year; rows the user has not touched follow the stored values. */
  function mergeYear(next: IndicatorYear): void {
    const previous = valuesByCode.value
    yearData.value = next
    const current = valuesByCode.value
    for (const code of Object.keys(drafts)) {
      const draft = drafts[code]
      if (draft && sameDraft(draft, draftFrom(previous[code]))) drafts[code] = draftFrom(current[code])
    }
    fillDrafts()
  }

  async function refreshYear(key: YearKey): Promise<void> {
    const request = generation
    try {
      const loaded = await getIndicatorYear(key)
      if (request === generation) mergeYear(loaded)
    } catch {
      // keep what is shown
    }
  }

  /** The generation now shown: an answer to a request sent in another is not applied. */
  function currentGeneration(): number {
    return generation
  }

  function isDirty(code: string): boolean {
    const draft = drafts[code]
    return draft !== undefined && !sameDraft(draft, draftFrom(valuesByCode.value[code]))
  }

  function partsText(code: string): string {
    const parts = partsOf(valuesByCode.value[code])
    return parts
      ? Object.entries(parts)
          .map(([name, value]) => `${name} = ${value}`)
          .join(', ')
      : ''
  }

  return {
    yearData,
    loadingYear,
    drafts,
    rowErrors,
    valuesByCode,
    fillDrafts,
    loadYear,
    mergeYear,
    refreshYear,
    currentGeneration,
    isDirty,
    partsText,
  }
}
