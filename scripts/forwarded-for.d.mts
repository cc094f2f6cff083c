export function appendSocketAddress(forwardedFor: string | string[] | undefined, socketAddress: string | undefined): string;
