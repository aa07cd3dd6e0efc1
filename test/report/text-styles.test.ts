// Stylish output is painted by chalk with colour on, and left as it is with colour off.
import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../src/report/format-stylish.js';
import { PLAIN_STYLES, textStyles } from '../../src/report/text-styles.js';
import { fixtureReport } from '../helpers/report-fixture.js';

const ESCAPE = '\u001b[';

describe('textStyles', () => {
  it('leaves text as it is without colour', async () => {
    const styles = await textStyles(false);
    expect(styles).toBe(PLAIN_STYLES);
    for (const style of Object.values(styles)) expect(style('✖ 1 error')).toBe('✖ 1 error');
  });

  it("paints with chalk's 16 colours with colour on", async () => {
    const styles = await textStyles(true);
    expect(styles.red('x')).toBe('\u001b[31mx\u001b[39m');
    expect(styles.greenBold('x')).toBe('\u001b[32m\u001b[1mx\u001b[22m\u001b[39m');
    expect(styles.dim('x')).toBe('\u001b[2mx\u001b[22m');
  });

  it('gives the stylish report the same text either way, once the colour codes are taken out', async () => {
    const painted = formatStylish(fixtureReport, { styles: await textStyles(true) });
    expect(painted).toContain(ESCAPE);
    expect(painted.replace(/\u001b\[\d+m/g, '')).toBe(formatStylish(fixtureReport, { styles: PLAIN_STYLES }));
  });
});
