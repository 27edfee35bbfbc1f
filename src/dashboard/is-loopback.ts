// Whether a request came from this machine (IPv4 127/8, IPv6 ::1, or IPv4 mapped into IPv6).
export function isLoopback(address: string | undefined): boolean {
  return address !== undefined && /^(127\.|::1$|::ffff:127\.)/.test(address);
}
