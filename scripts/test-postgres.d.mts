export function startTestPostgres(): Promise<{ url: string; own: boolean; stop: () => void }>;
export function databaseUrl(serverUrl: string, name: string): string;
export function createDatabase(serverUrl: string, name: string, template?: string): Promise<string>;
export function dropDatabases(serverUrl: string, names: string[]): Promise<void>;
export function listDatabases(serverUrl: string, prefix: string): Promise<string[]>;
