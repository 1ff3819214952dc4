import { ApiError } from '../../../shared/ipc/errors.ts';
import { BundleProblem } from '../../../shared/formats/bundle/bundle-problem.ts';

/** Runs `read`, turning the pure checks' BundleProblem into the contract's ApiError('invalid-input'). */
export async function asRefusal<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof BundleProblem) throw new ApiError('invalid-input', error.text);
    throw error;
  }
}
