import type { bundleFile as en } from '../en/bundleFile.ts';
import type { Translation } from '../translation.ts';

/** Русский: чтение и запись zip-контейнера пакета (отказы от повреждённых и опасных файлов). */
export const bundleFile: Translation<typeof en> = {
  notZip: 'Этот файл — не zip-архив, значит, это не пакет Glossator.',
};
