import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import enLocale from 'element-plus/es/locale/lang/en'
import { applyLocale, currentLocale, type AppLocale } from '@/locales'

export const useLocaleStore = defineStore('locale', () => {
  const locale = ref<AppLocale>(currentLocale())

  /** The matching Element Plus locale (zh-cn / en) for <el-config-provider>. */
  const elementLocale = computed(() => (locale.value === 'en' ? enLocale : zhCn))

  function setLocale(next: AppLocale): void {
    locale.value = next
    applyLocale(next)
  }

  return { locale, elementLocale, setLocale }
})
