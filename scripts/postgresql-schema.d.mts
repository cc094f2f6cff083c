export const SQLITE_SCHEMA: string;
export const POSTGRESQL_DIR: string;
export const POSTGRESQL_SCHEMA: string;
export const POSTGRESQL_MIGRATIONS: string;
export function postgresqlSchemaFrom(source: string): string;
export function postgresqlSchemaIsCurrent(): boolean;
