// The styles the stylish checklist is painted with: chalk's when colour is on, the text as it is when colour is off.
// chalk is loaded only for colour: its terminal detection loads node:tty and node:net, a few milliseconds of every
// start-up that writes to a file or a pipe.

export type Style = (text: string) => string;

export interface TextStyles {
  dim: Style;
  underline: Style;
  blue: Style;
  green: Style;
  red: Style;
  yellow: Style;
  greenBold: Style;
  redBold: Style;
  yellowBold: Style;
}

const asIs: Style = (text) => text;

export const PLAIN_STYLES: TextStyles = {
  dim: asIs,
  underline: asIs,
  blue: asIs,
  green: asIs,
  red: asIs,
  yellow: asIs,
  greenBold: asIs,
  redBold: asIs,
  yellowBold: asIs,
};

/** Plain styles without colour; with colour, chalk's 16-colour styles (loaded now, for the first time). */
export async function textStyles(color: boolean): Promise<TextStyles> {
  if (!color) return PLAIN_STYLES;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  return {
    dim: chalk.dim,
    underline: chalk.underline,
    blue: chalk.blue,
    green: chalk.green,
    red: chalk.red,
    yellow: chalk.yellow,
    greenBold: chalk.green.bold,
    redBold: chalk.red.bold,
    yellowBold: chalk.yellow.bold,
  };
}
