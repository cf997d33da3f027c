export { emailKey, phoneKey } from './contact-keys.js'
