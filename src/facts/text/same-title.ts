// Whether two mentions name the same management title: "Chief Information Security Officer" and "CISO", "our Chief
// Information Officer" and "the chief information officer".
const LEADING = /^(?:(?:our|the|its|their|group|company's)\s+)+/iu;
const SMALL_WORDS = new Set(['of', 'for', 'and', 'the', 'our', 'its', '&', 'on', 'in']);

function words(title: string): string[] {
  return title.trim().replace(LEADING, '').toLowerCase().split(/[\s,]+/u).filter((word) => word !== '');
}

// "Chief Information Security Officer" gives "ciso"; "CISO" gives "ciso" too.
function initials(title: string): string {
  const all = words(title);
  if (all.length === 1) return (all[0] ?? '').replace(/\./gu, '');
  return all.filter((word) => !SMALL_WORDS.has(word)).map((word) => word[0]).join('');
}

export function sameTitle(a: string, b: string): boolean {
  const wordsA = words(a).join(' ');
  const wordsB = words(b).join(' ');
  if (wordsA === wordsB) return true;
  const single = words(a).length === 1 || words(b).length === 1;
  return single && initials(a) === initials(b);
}
