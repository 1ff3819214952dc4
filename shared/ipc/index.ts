export * from './call-names.ts';
export * from './client.ts';
export * from './contract.ts';
export * from './errors.ts';
export * from './project-info.ts';
export * from './change-set.ts';
export * from './results.ts';
