export * from './formats';
export * from './modules';
export * from './operations';
export * from './tokens';
export * from './personal-data';
export * from './client';
export * from './endpoints';
export * from './sessions';
