import type { sync as en } from '../en/sync.ts';
import type { Translation } from '../translation.ts';

/** Русский: синхронизация через git (задача 19), пока хранение учётных данных git (sync). */
export const sync: Translation<typeof en> = {
  'credentials-url-has-credentials':
    'В адресе удалённого репозитория на {{host}} есть имя пользователя или токен. Укажите адрес без них: Glossator сам спросит токен и сохранит его зашифрованным, никогда в проекте.',
  'credentials-bad-url':
    'С этим адресом Glossator синхронизироваться не может: укажите адрес репозитория https:// без части после «?» или «#».',
  'credentials-cipher-unavailable':
    'На этом компьютере нет надёжного места для токена ({{reason}}), поэтому он не сохранён: его спросят при каждой синхронизации.',
  'credentials-vault-damaged':
    'Сохранённые токены git не удалось прочитать, они отложены как {{setAside}}: их спросят снова.',
  'credentials-vault-unreadable': 'Сохранённые токены git не читаются ({{reason}}): токен спросят.',
  'credentials-vault-write-failed': 'Не удалось сохранить токен git ({{reason}}): его спросят снова.',

  'reason-no-keyring': 'не запущено хранилище ключей, например GNOME Keyring или KWallet',
  'reason-no-encryption': 'шифрование системы недоступно',
  'reason-encrypt-failed': 'система отказалась его зашифровать',
  'reason-unavailable': 'шифрование недоступно',

  'credentials-env-hint':
    'Чтобы синхронизироваться без вопросов, задайте в окружении GLOSSATOR_GIT_USER и GLOSSATOR_GIT_TOKEN (персональный токен доступа).',
};
