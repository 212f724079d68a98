/**
 * The mailto: link for replying to an address a reader typed. Encoded whole (the "@" too): whatever
 * is stored stays one recipient and can never add headers (?bcc=, &body=) to the reply.
 */
export function mailtoHref(address: string): string {
  return `mailto:${encodeURIComponent(address)}`;
}
