import { bankJsonSchema } from "../bank/schema.js";
import type { Context } from "../context.js";

export function runSchema(ctx: Context): void {
  ctx.print(JSON.stringify(bankJsonSchema(), null, 2));
}
