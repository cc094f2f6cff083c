export function defaultBackupFile(url: string, now?: Date): string;
export function backupDatabase(url: string, file: string): Promise<string>;
export function restoreDatabase(url: string, file: string): Promise<void>;
