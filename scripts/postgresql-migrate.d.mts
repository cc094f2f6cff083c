export const POSTGRESQL_MIGRATIONS: string;
export function listMigrations(dir?: string): { name: string; sql: string; checksum: string }[];
export function migratePostgres(url: string, options?: { dir?: string; log?: (msg: string) => void }): Promise<string[]>;
