import raw from '../../../resources/advice/content.json';
import { adviceContentSchema, type AdviceContent } from './content';

let cached: AdviceContent | undefined;

/** The library shipped with the app, checked against its schema once per process. */
export function bundledAdviceContent(): AdviceContent {
  return (cached ??= adviceContentSchema.parse(raw));
}
