/** Setup file of every test file: the temp folders it made outside a test go when it ends. */
import { afterAll } from 'vitest';
import { removeTempDirs } from '../helpers/context.js';

afterAll(removeTempDirs);
