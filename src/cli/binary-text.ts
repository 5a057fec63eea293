// Whether a "text" is text at all: an executable, an image or random bytes read as UTF-8 still yields "words"
// (an ELF binary gave organisations "ELF" and "GLIBC"), so input that is plainly not text is refused instead.

/**
 * Share of characters that may be control characters other than tab, line and page breaks. Text has next to
 * none (a stray escape sequence in a log); random bytes have about one in nine (29 of 256 byte values, more
 * after UTF-8 decoding turns invalid bytes into U+FFFD, which is not counted), executables more.
 */
export const MAX_CONTROL_SHARE = 0.05;

// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL = /[\u0001-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;

/** Why the text is binary data, in words for an error message; null when it reads as text. */
export function whyBinary(text: string): string | null {
  if (text.includes("\u0000")) return "it contains NUL bytes";
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > text.length * MAX_CONTROL_SHARE)
    return `${Math.round((100 * controls) / text.length)}% of its characters are control characters`;
  return null;
}
