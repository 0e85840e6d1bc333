/** Where the shipped templates/ folder is: src/… and dist/… both sit one level below the package root. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_TEMPLATES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../templates');
