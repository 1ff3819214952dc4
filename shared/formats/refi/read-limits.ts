import { message } from '../../i18n/message.ts';
import { RefiProblem } from './read-problem.ts';

/** Refuses a file holding more records of a kind than a project may hold. */
export function tooMany(file: string, what: string, count: number, max: number): never {
  throw new RefiProblem(message('exchange:refi-tooMany', { file, what, count, max }));
}
