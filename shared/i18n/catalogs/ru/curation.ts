import type { curation as en } from '../en/curation.ts';
import type { Translation } from '../translation.ts';

/** Русский: Курирование. */
export const curation: Translation<typeof en> = {
  layerName: 'Итоговый слой',
  'error-curatedLayerOwned':
    'Итоговый слой меняется только решениями курирования: примите решение по единице в режиме курирования на экране сравнения. Ничего не изменено.',
  'error-decisionNoDocument':
    'Документа {{id}} в проекте нет (возможно, его удалили), поэтому записать по нему решение курирования нельзя. Ничего не изменено.',
  'error-quickReasonExists': 'Быстрая причина «{{label}}» уже есть. Ничего не изменено.',
  'error-reservedCoderId':
    'Идентификатор кодировщика «curated» принадлежит итоговому слою; размечать под ним нельзя. Выберите другой идентификатор.',
};
