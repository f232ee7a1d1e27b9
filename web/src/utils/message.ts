import { ElMessage } from 'element-plus'

/** Thin wrapper so the http layer can be tested without rendering Element Plus messages. */
export function showError(message: string): void {
  ElMessage({ type: 'error', message, grouping: true, showClose: true })
}

export function showSuccess(message: string): void {
  ElMessage({ type: 'success', message, grouping: true })
}
