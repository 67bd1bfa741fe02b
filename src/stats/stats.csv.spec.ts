import { csvCell, toCsv } from './stats.csv.js';

describe('CSV cells', () => {
  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(['=SUM(A1)', '+45 1234', '-1', '@cmd', '\tx'].map(csvCell)).toEqual([
      "'=SUM(A1)",
      "'+45 1234",
      "'-1",
      "'@cmd",
      "'\tx",
    ]);
  });

  it('quotes separators, quotes and line breaks; numbers as they are; null empty', () => {
    expect([csvCell('Online, intet sted'), csvCell('Sagde "nej"'), csvCell('a\nb')]).toEqual([
      '"Online, intet sted"',
      '"Sagde ""nej"""',
      '"a\nb"',
    ]);
    expect([csvCell(12.5), csvCell(0), csvCell(null)]).toEqual(['12.5', '0', '']);
  });

  it('writes a header row and CRLF lines after a byte-order mark', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa,b\r\n1,x\r\n');
  });
});
