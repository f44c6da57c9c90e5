export * from './statutory';
export * from './enums';
export * from './schema';
export * from './types';
export * from './ddl';
export * from './slug';
export * from './csv';
