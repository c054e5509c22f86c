/**
 * French puts a narrow no-break space before ? ! : ; and inside « ».
 * Applied when text is shown, so translators type ordinary spaces and a
 * question mark can never wrap onto a line of its own.
 */
const NNBSP = '\u202F';

export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \u00A0]+([?!:;»])/g, `${NNBSP}$1`)
    .replace(/«[ \u00A0]+/g, `«${NNBSP}`);
}

export function typeset(lang: string, text: string): string {
  return lang === 'fr' ? frenchSpacing(text) : text;
}
