/**
 * Recognises a share link's fragment without loading the decoder (lz-string and the workspace
 * schema load only when a link is actually opened). Accepts `#share=…` and `#/report?share=…`.
 */
export const SHARE_KEY = 'share';

export function shareFragmentPayload(hash: string): string | null {
  const match = /^#(?:\/[\w-]*\?)?share=([^&]*)/.exec(hash);
  return match ? (match[1] ?? '') : null;
}
