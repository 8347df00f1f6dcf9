// zod with the OpenAPI extension (.openapi(...)), imported by every schema file so the extension is in place.
import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

extendZodWithOpenApi(z);

export { z };
