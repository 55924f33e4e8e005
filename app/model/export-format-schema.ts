// The export formats as a schema, for the contract, the settings file and the CLI. Apart from
// export-format.ts so that the page, which needs only the list and its labels, loads no zod.
import { z } from 'zod';
import { exportFormats } from './export-format';

export const ExportFormatSchema = z.enum(exportFormats);
