import type { Resolved } from '../core';
export function extractLatin(_t: string, _x: string, _l: string): Resolved[] { return []; }
