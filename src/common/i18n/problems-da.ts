/*
 * The per-field problems of VALIDATION_FAILED are written in English by the validators (ours and
 * class-validator's), so programs and logs see stable texts. A Danish answer renders each in
 * Danish from the same template; a text with no template stays as it is.
 */

type Render = (match: RegExpMatchArray) => string;

const values = (list: string) => list.split(', ').join(', ');

/** [English template, Danish rendering]; the field name (group 1) may be a path like hours.0.opens. */
const TEMPLATES: [RegExp, Render][] = [
  [
    /^(each value in )?(\S+) must be a date YYYY-MM-DD that exists in the calendar$/,
    (m) => `${each(m)}${m[2]} skal være en dato ÅÅÅÅ-MM-DD, der findes i kalenderen`,
  ],
  [
    /^(each value in )?(\S+) must be a time HH:mm from 00:00 to 23:59$/,
    (m) => `${each(m)}${m[2]} skal være et klokkeslæt TT:MM fra 00:00 til 23:59`,
  ],
  [
    /^(each value in )?(\S+) must be an ISO 8601 time with an offset, e\.g\. (\S+)$/,
    (m) => `${each(m)}${m[2]} skal være et tidspunkt i ISO 8601 med tidsforskydning, fx ${m[3]}`,
  ],
  [/^(each value in )?(\S+) must be a UUID$/, (m) => `${each(m)}${m[2]} skal være et UUID`],
  [
    /^(each value in )?(\S+) must be a code in UPPER_SNAKE_CASE such as (\S+)$/,
    (m) => `${each(m)}${m[2]} skal være en kode med store bogstaver og _, fx ${m[3]}`,
  ],
  [
    /^(each value in )?(\S+) must be a code such as (\S+): letters, digits and _, in any case$/,
    (m) => `${each(m)}${m[2]} skal være en kode som ${m[3]}: bogstaver, tal og _`,
  ],
  [
    /^(each value in )?(\S+) must not contain a CPR number$/,
    (m) => `${each(m)}${m[2]} må ikke indeholde et CPR-nummer`,
  ],
  [
    /^(each value in )?(\S+) must not contain control characters$/,
    (m) => `${each(m)}${m[2]} må ikke indeholde kontroltegn`,
  ],
  [
    /^(each value in )?(\S+) must not contain characters that change the text direction$/,
    (m) => `${each(m)}${m[2]} må ikke indeholde tegn, der vender skriveretningen`,
  ],
  [
    /^(each value in )?(\S+) must contain visible characters$/,
    (m) => `${each(m)}${m[2]} skal indeholde synlige tegn`,
  ],
  [
    /^(\S+) must be a Danish phone number: 8 digits, optionally after \+45 or 0045$/,
    (m) => `${m[1]} skal være et dansk telefonnummer: 8 cifre, evt. efter +45 eller 0045`,
  ],
  [
    /^(\S+) needs an e-mail address or a Danish phone number$/,
    (m) => `${m[1]} skal have en e-mailadresse eller et dansk telefonnummer`,
  ],
  [
    /^(\S+) must be (after|on or after) (\S+)$/,
    (m) => `${m[1]} skal ligge ${m[2] === 'after' ? 'efter' : 'på eller efter'} ${m[3]}`,
  ],
  [/^(each value in )?(\S+) must be an email$/, (m) => `${each(m)}${m[2]} skal være en e-mailadresse`],
  [/^(each value in )?(\S+) must be an https URL$/, (m) => `${each(m)}${m[2]} skal være en https-adresse`],
  [
    /^(each value in )?(\S+) must be one of the following values: (.*)$/,
    (m) => `${each(m)}${m[2]} skal være en af: ${values(m[3])}`,
  ],
  [/^(each value in )?(\S+) must be an integer number$/, (m) => `${each(m)}${m[2]} skal være et heltal`],
  [
    /^(each value in )?(\S+) must not be less than (\S+)$/,
    (m) => `${each(m)}${m[2]} må ikke være mindre end ${m[3]}`,
  ],
  [
    /^(each value in )?(\S+) must not be greater than (\S+)$/,
    (m) => `${each(m)}${m[2]} må ikke være større end ${m[3]}`,
  ],
  [/^(each value in )?(\S+) must be a boolean value$/, (m) => `${each(m)}${m[2]} skal være true eller false`],
  [/^(each value in )?(\S+) must be a string$/, (m) => `${each(m)}${m[2]} skal være tekst`],
  [/^(each value in )?(\S+) should not be empty$/, (m) => `${each(m)}${m[2]} må ikke være tom`],
  [
    /^(each value in )?(\S+) must be longer than or equal to (\d+) characters$/,
    (m) => `${each(m)}${m[2]} skal være mindst ${m[3]} tegn`,
  ],
  [
    /^(each value in )?(\S+) must be shorter than or equal to (\d+) characters$/,
    (m) => `${each(m)}${m[2]} må højst være ${m[3]} tegn`,
  ],
  [/^(\S+) must be an array$/, (m) => `${m[1]} skal være en liste`],
  [/^(\S+) must contain no more than (\d+) elements$/, (m) => `${m[1]} må højst have ${m[2]} elementer`],
  [/^(\S+) must be an object$/, (m) => `${m[1]} skal være et objekt`],
  [
    /^nested property (\S+) must be either object or array$/,
    (m) => `${m[1]} skal være et objekt eller en liste`,
  ],
  [/^(\S+) should not be null or undefined$/, (m) => `${m[1]} skal angives`],
  [/^property (\S+) should not exist$/, (m) => `feltet ${m[1]} findes ikke her`],
  [/^(\S+) must be kebab-case$/, (m) => `${m[1]} skal skrives med små bogstaver og bindestreger`],
];

function each(match: RegExpMatchArray): string {
  return match[1] === 'each value in ' ? 'hver værdi i ' : '';
}

/** The Danish text of one problem, or the English one when it has no template. */
export function problemInDanish(problem: string): string {
  for (const [template, render] of TEMPLATES) {
    const match = problem.match(template);
    if (match) return render(match);
  }
  return problem;
}
