import type { Resolved } from '../core';
export function extractEn(_t: string, _x: string): Resolved[] { return []; }
