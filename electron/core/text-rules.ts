/** Names and short labels are one line of printable text: no tabs, newlines or other control characters. */
export const NO_CONTROL_CHARACTERS = /^[^\u0000-\u001f\u007f]*$/;
