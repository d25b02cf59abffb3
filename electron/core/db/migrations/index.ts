import type { Migration } from '../migrate';
import { episodes } from './001-episodes';

/** Forward-only, in order. Never edit a shipped migration: add the next one. */
export const migrations: readonly Migration[] = [episodes];
