/** The one error the ingest reports to the user: which file, which line, what is wrong. */
import { FileError } from '../../src/lib/file-error';

export class IngestError extends FileError {}
