import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import App from './App.vue'
import { i18n, applyLocale, currentLocale } from './locales'
import { createAppRouter } from './router'
import { setAuthHandlers } from './api/http'
import { useUserStore } from './stores/user'
import { safeRedirect } from './router/access'
import './styles/main.css'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
app.use(i18n)
app.use(ElementPlus)

const router = createAppRouter()
app.use(router)

applyLocale(currentLocale())

setAuthHandlers({
  onUnauthenticated() {
    const userStore = useUserStore(pinia)
    userStore.clear()
    const current = router.currentRoute.value
    if (current.name !== 'login') {
      const redirect = safeRedirect(current.fullPath)
      void router.push({ name: 'login', query: redirect ? { redirect } : {} })
    }
  },
  onPasswordChangeRequired() {
    const userStore = useUserStore(pinia)
    if (userStore.me) userStore.me = { ...userStore.me, mustChangePassword: true }
    if (router.currentRoute.value.name !== 'change-password') {
      void router.push({ name: 'change-password' })
    }
  },
})

void router.isReady().then(() => app.mount('#app'))
