import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '@/lib/import/decode';
import { detectDelimiter, MAX_ROWS, parseStaffCsv } from '@/lib/import/parse';

const header = 'Namn;E-post;Enhet;Målgrupp;Kön;Chef';
const row = 'Åsa Öberg;Asa.Oberg@Sjostad.se;Utbildningsförvaltningen/Förskola/Rinkabyholm;Medarbetare;kvinna;nej';

function parseOk(text: string) {
  const result = parseStaffCsv(text);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('decodeCsvBytes', () => {
  it('reads UTF-8 and strips the byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${header}\n${row}\n`, 'utf8')]);
    const decoded = decodeCsvBytes(bytes);
    expect(decoded).toMatchObject({ ok: true, encoding: 'utf-8' });
    expect(decoded.ok && decoded.text.startsWith('Namn;')).toBe(true);
    expect(decoded.ok && decoded.text).toContain('Åsa Öberg');
  });

  it('reads Windows-1252 (older Excel on Swedish Windows), including € and dashes', () => {
    const bytes = iconv.encode(`${header}\r\n${row}\r\nÄrla Ström – €;x@y.se;A;chef;;\r\n`, 'win1252');
    const decoded = decodeCsvBytes(bytes);
    expect(decoded).toMatchObject({ ok: true, encoding: 'windows-1252' });
    expect(decoded.ok && decoded.text).toContain('Åsa Öberg');
    expect(decoded.ok && decoded.text).toContain('Ärla Ström – €');
  });

  it('refuses empty files, binary files and files over the size limit', () => {
    expect(decodeCsvBytes(new Uint8Array())).toEqual({ ok: false, message: 'Filen är tom.' });
    expect(decodeCsvBytes(Buffer.from('PK\u0003\u0004\u0000\u0000xlsx'))).toMatchObject({
      ok: false,
      message: expect.stringContaining('ingen CSV-fil'),
    });
    expect(decodeCsvBytes(new Uint8Array(24 * 1024 * 1024 + 1).fill(65))).toMatchObject({
      ok: false,
      message: expect.stringContaining('större än 24 MB'),
    });
  });
});

describe('parseStaffCsv', () => {
  it('detects semicolons and commas, outside quotes', () => {
    expect(detectDelimiter('a;b;c\n1,2,3')).toBe(';');
    expect(detectDelimiter('a,b,c\n')).toBe(',');
    expect(detectDelimiter('"Namn; fullt",b,c\n')).toBe(',');
    expect(detectDelimiter('bara ett ord')).toBeNull();
  });

  it('parses a semicolon file with every column', () => {
    const result = parseOk(`${header}\n${row}\n`);
    expect(result.delimiter).toBe(';');
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      {
        line: 2,
        name: 'Åsa Öberg',
        email: 'asa.oberg@sjostad.se',
        employeeNumber: null,
        unitPath: ['Utbildningsförvaltningen', 'Förskola', 'Rinkabyholm'],
        audience: 'EMPLOYEE',
        gender: 'KVINNA',
        manager: false,
      },
    ]);
  });

  it('parses a comma file with quotes, English headers, columns in any order and no optional columns', () => {
    const result = parseOk(
      'email,audience,name,unit\r\nbo@sjostad.se,POLITIKER,"Berg, Bo",\r\n\r\nli@sjostad.se,Chef,Li Ek, A / B \r\n',
    );
    expect(result.delimiter).toBe(',');
    expect(result.rows).toEqual([
      {
        line: 2,
        name: 'Berg, Bo',
        email: 'bo@sjostad.se',
        employeeNumber: null,
        unitPath: [],
        audience: 'POLITICIAN',
        gender: null,
        manager: false,
      },
      {
        line: 4,
        name: 'Li Ek',
        email: 'li@sjostad.se',
        employeeNumber: null,
        unitPath: ['A', 'B'],
        audience: 'MANAGER',
        gender: null,
        manager: false,
      },
    ]);
  });

  it('accepts the Swedish words for audience, gender and manager, in any case', () => {
    const text = [
      header,
      'A;a@x.se;E;Förtroendevald;Vill inte ange;',
      'B;b@x.se;E;STRATEG;MAN;Ja',
      'C;c@x.se;E;chef;Annat;x',
      'D;d@x.se;E;medarbetare;;1',
      'E;e@x.se;E;politiker;;0',
    ].join('\n');
    const rows = parseOk(text).rows.map((r) => [r.audience, r.gender, r.manager]);
    expect(rows).toEqual([
      ['POLITICIAN', 'VILL_INTE_ANGE', false],
      ['STRATEGIST', 'MAN', true],
      ['MANAGER', 'ANNAT', true],
      ['EMPLOYEE', null, true],
      ['POLITICIAN', null, false],
    ]);
  });

  it('gives a Swedish error for every bad row, numbered as in a spreadsheet', () => {
    const text = [
      header,
      'Ok Person;ok@x.se;A;medarbetare;;',
      'Fel Adress;inte-en-adress;A;medarbetare;;',
      'Dubblett;OK@x.se;A;medarbetare;;',
      'Okänd;u@x.se;A;konsult;;',
      ';n@x.se;A;medarbetare;;',
      'Kön;k@x.se;A;medarbetare;kanske;',
      'Utan enhet;ue@x.se;;medarbetare;;',
      `${'L'.repeat(201)};l@x.se;A;medarbetare;;`,
      'Chefen;ch@x.se;A;chef;;kanske',
    ].join('\n');
    const result = parseOk(text);
    expect(result.rows.map((r) => r.email)).toEqual(['ok@x.se']);
    expect(result.errors).toEqual([
      { line: 3, message: 'E-postadressen ”inte-en-adress” är inte giltig.' },
      { line: 4, message: 'E-postadressen ok@x.se finns redan på rad 2 i filen.' },
      { line: 5, message: 'Okänd målgrupp ”konsult”. Skriv förtroendevald, chef, strateg eller medarbetare.' },
      { line: 6, message: 'Namn saknas.' },
      { line: 7, message: 'Okänt kön ”kanske”. Skriv kvinna, man, annat eller vill inte ange, eller lämna tomt.' },
      { line: 8, message: 'Enhet saknas. Bara förtroendevalda kan sakna enhet.' },
      { line: 9, message: 'Namnet är längre än 200 tecken.' },
      { line: 10, message: 'Okänt värde i kolumnen chef: ”kanske”. Skriv ja eller nej.' },
    ]);
  });

  it('imports staff without an address by employee number, and refuses a row with neither or a manager without one', () => {
    const text = [
      'Namn;E-post;Enhet;Målgrupp;Chef;Anställningsnummer',
      'Ulla Utan;;A;medarbetare;;H-1001',
      'Bo Båda;BO@x.se;A;medarbetare;;2002',
      'Ingen Alls;;A;medarbetare;;',
      'Chef Utan;;A;chef;ja;3003',
      'Dubbel Nummer;;A;medarbetare;;H-1001',
      'Konstigt Nummer;;A;medarbetare;;12 34',
    ].join('\n');
    const result = parseOk(text);
    expect(result.rows.map((r) => [r.name, r.email, r.employeeNumber])).toEqual([
      ['Ulla Utan', null, 'H-1001'],
      ['Bo Båda', 'bo@x.se', '2002'],
    ]);
    expect(result.errors.map((e) => [e.line, e.message])).toEqual([
      [4, 'E-postadress saknas. Den som saknar e-post behöver ett anställningsnummer.'],
      [5, 'En chef loggar in och behöver en e-postadress.'],
      [6, 'Anställningsnumret H-1001 finns redan på rad 2 i filen.'],
      [7, expect.stringContaining('Anställningsnumret ”12 34” är inte giltigt.')],
    ]);
  });

  it('refuses files that are empty, have no columns, miss a column or have only a header', () => {
    expect(parseStaffCsv('')).toEqual({ ok: false, message: 'Filen är tom.' });
    expect(parseStaffCsv('\uFEFF  \n')).toEqual({ ok: false, message: 'Filen är tom.' });
    expect(parseStaffCsv('hej hopp\nfoo bar')).toMatchObject({
      ok: false,
      message: expect.stringContaining('inga kolumner'),
    });
    expect(parseStaffCsv('Namn;E-post;Målgrupp\nA;a@x.se;chef')).toMatchObject({
      ok: false,
      message: expect.stringContaining('”enhet”'),
    });
    expect(parseStaffCsv(`${header}\n\n`)).toMatchObject({
      ok: false,
      message: expect.stringContaining('bara en rubrikrad'),
    });
  });

  it('refuses a 150,000-row file quickly, without reading it all', () => {
    const big = [header, ...Array.from({ length: 150_000 }, (_, i) => `P ${i};p${i}@x.se;A;medarbetare;;`)].join('\n');
    const started = performance.now();
    const result = parseStaffCsv(big);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('fler än 100\u00a0000 rader') });
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('accepts a file of exactly the row limit', () => {
    const rows = Array.from({ length: MAX_ROWS }, (_, i) => `P ${i};p${i}@x.se;A;medarbetare;;`);
    expect(parseOk([header, ...rows].join('\n')).rows).toHaveLength(MAX_ROWS);
  });
});
