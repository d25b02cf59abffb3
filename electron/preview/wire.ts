/** Names shared by the preview host and the browser client it injects. */
export const TOKEN_HEADER = 'x-limber-token';
export const TOKEN_META = 'limber-preview-token';
