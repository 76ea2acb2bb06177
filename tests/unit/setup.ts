// MV3 forbids eval; zod probes `new Function` unless told not to. Tests run the same configuration.
import { z } from 'zod/mini';

z.config({ jitless: true });
