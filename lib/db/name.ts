export const DB_NAME = 'redirection';
