export * from './annotation.ts';
export * from './codebook.ts';
export * from './coder.ts';
export * from './document.ts';
export * from './ids.ts';
export * from './limits.ts';
export * from './project.ts';
