import { checkSync } from 'recheck';
const pats = ['never\\s+(?:experienced|suffered)\\s+a\\s+(?:material\\s+)?cybersecurity\\s+incident', '\\b(?:chief\\s+information\\s+security\\s+officer|CISO)\\b', 'audit\\s+committee', 'we have never experienced a cybersecurity incident','(?:CrowdStrike|Palo\\s+Alto\\s+Networks|Mandiant)', '(a+)+$', '^(a|a)*$', '(\\s*,\\s*)+x', '.*a.*a.*a', '\\d{1,3}\\s*(?:years|yrs)'];
const variants = [
 {},
 {checker:'fuzz', attackTimeout: null, incubationTimeout: null},
 {checker:'fuzz', attackTimeout: null, incubationTimeout: null, maxIteration: 3},
];
for (const params of variants) {
let t0 = Date.now(); const out=[];
for (const p of pats) { const t = Date.now(); const r = checkSync(p, 'i', { timeout: 10000, ...params }); out.push(`${r.status[0]}/${r.checker?.[0]}/${Date.now()-t}`); }
console.log(JSON.stringify(params).slice(0,60), 'total', Date.now()-t0, out.join(' '));
}
