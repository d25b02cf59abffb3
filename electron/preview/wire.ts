/** Names shared by the preview host and the browser client it injects. */
export const TOKEN_HEADER = 'x-limber-token';
export const TOKEN_META = 'limber-preview-token';
export const EVENTS_PATH = '/api/events';
export const ACTIVITY_PATH = '/__limber/activity';
