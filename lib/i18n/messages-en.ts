// English for the fixed Swedish messages the server returns (validation, expected errors, action
// answers), by their exact Swedish text. Messages built with values (names, counts) are not here;
// they come from the catalogues. tests/unit/i18n-messages.test.ts holds this list complete.
export const messagesEn: Readonly<Record<string, string>> = {
  // lib/validation/admin.ts
  'Uppgiften saknar id.': 'The item has no id.',
  'Ogiltigt id.': 'Invalid id.',
  'Ogiltigt värde.': 'Invalid value.',
  'Ange en textfil i /media, till exempel /media/film.en.vtt.':
    'Give a text file in /media, for example /media/film.en.vtt.',
  'Beskrivningen saknas.': 'The description is missing.',
  'Introduktionen saknas.': 'The introduction is missing.',
  'Skriv inledningen på engelska.': 'Write the introduction in English.',
  'Skriv ett namn.': 'Write a name.',
  'Namnet får vara högst 200 tecken.': 'The name can be at most 200 characters.',
  'Anställningsnumret får bara innehålla bokstäver a–z, siffror, punkt, bindestreck och understreck (högst 40 tecken).':
    'The employee number may only contain the letters a–z, digits, full stops, hyphens and underscores (at most 40 characters).',
  'Välj en behörighet.': 'Choose a role.',
  'Välj en målgrupp.': 'Choose a target group.',
  'Välj ett av alternativen.': 'Choose one of the options.',
  'Skriv en e-postadress eller ett anställningsnummer.': 'Write an email address or an employee number.',
  'En chef, strateg eller administratör loggar in och behöver en e-postadress.':
    'A manager, strategist or administrator signs in and needs an email address.',
  'Skriv enhetens namn.': 'Write the unit’s name.',
  'Namnet får vara högst 120 tecken.': 'The name can be at most 120 characters.',
  'Namnet får inte innehålla snedstreck (/), som skiljer nivåerna åt i importfiler.':
    'The name cannot contain a slash (/), which separates the levels in import files.',
  'Skriv organisationens namn.': 'Write the organisation’s name.',
  'Välj kommun eller region.': 'Choose municipality or region.',
  'Skriv datumet som ÅÅÅÅ-MM-DD.': 'Write the date as YYYY-MM-DD.',
  'Datumet kan inte ligga i framtiden.': 'The date cannot be in the future.',
  'CEMR-deklarationen antogs 2006. Kontrollera datumet.': 'The CEMR Charter was adopted in 2006. Check the date.',
  // lib/validation/assignments.ts
  'Skriv datumet som åååå-mm-dd.': 'Write the date as yyyy-mm-dd.',
  'Slutdatumet har redan passerat. Välj i dag eller ett senare datum.':
    'The due date has already passed. Choose today or a later date.',
  'Välj en kurs eller lärväg.': 'Choose a course or learning path.',
  'Välj vem som ska få den.': 'Choose who should get it.',
  'Välj minst en person.': 'Choose at least one person.',
  'Välj högst 5 000 personer åt gången.': 'Choose at most 5,000 people at a time.',
  'Meddelandet får vara högst 1 000 tecken.': 'The message can be at most 1,000 characters.',
  'Välj en enhet.': 'Choose a unit.',
  'Skriv ett antal dagar.': 'Write a number of days.',
  'Skriv ett helt antal dagar.': 'Write a whole number of days.',
  'Skriv minst 1 dag.': 'Write at least 1 day.',
  'Skriv högst 365 dagar.': 'Write at most 365 days.',
  'Välj en enhet, en målgrupp eller båda.': 'Choose a unit, a target group or both.',
  'Skriv varför kursen återkallas.': 'Write why the course is being withdrawn.',
  'Skälet får vara högst 500 tecken.': 'The reason can be at most 500 characters.',
  'Välj minst en person att påminna.': 'Choose at least one person to remind.',
  'Välj högst 500 personer åt gången.': 'Choose at most 500 people at a time.',
  'Välj ett slutdatum högst 5 år fram i tiden.': 'Choose a due date at most 5 years ahead.',
  // lib/validation/auth.ts
  'Skriv din e-postadress.': 'Write your email address.',
  'E-postadressen är för lång.': 'The email address is too long.',
  'Skriv en giltig e-postadress, till exempel namn@kommun.se.':
    'Write a valid email address, for example name@kommun.se.',
  'Skriv ditt lösenord.': 'Write your password.',
  'Lösenordet är för långt.': 'The password is too long.',
  // lib/validation/certificates.ts
  'Välj ett intyg att återkalla.': 'Choose a certificate to revoke.',
  'Intyget finns inte.': 'The certificate does not exist.',
  'Skriv varför intyget återkallas.': 'Write why the certificate is being revoked.',
  'Skriv koden som står på intyget.': 'Write the code that is on the certificate.',
  'Koden är för lång. Skriv den som den står på intyget, till exempel JP-2026-7K3MQ-9XA2B.':
    'The code is too long. Write it as it is on the certificate, for example JP-2026-7K3MQ-9XA2B.',
  'Koden har bara bokstäver, siffror och bindestreck, till exempel JP-2026-7K3MQ-9XA2B.':
    'The code has only letters, digits and hyphens, for example JP-2026-7K3MQ-9XA2B.',
  // lib/validation/checklist.ts
  'Listan med länkar är för lång.': 'The list of links is too long.',
  'Välj en status.': 'Choose a status.',
  'Skälet får vara högst 1 000 tecken.': 'The reason can be at most 1,000 characters.',
  'Ogiltig person.': 'Invalid person.',
  'Underlaget får vara högst 5 000 tecken.': 'The evidence can be at most 5,000 characters.',
  'Skriv varför punkten inte är aktuell.': 'Write why the item does not apply.',
  'Välj ett datum mellan år 2000 och 2100.': 'Choose a date between the years 2000 and 2100.',
  'Skriv en kommentar.': 'Write a comment.',
  'Kommentaren får vara högst 2 000 tecken.': 'The comment can be at most 2,000 characters.',
  'Skriv en rubrik.': 'Write a heading.',
  'Rubriken får vara högst 200 tecken.': 'The heading can be at most 200 characters.',
  'Anteckningen får vara högst 300 tecken.': 'The note can be at most 300 characters.',
  'Anteckningen får vara högst 2 000 tecken.': 'The note can be at most 2,000 characters.',
  'Skriv en förklaring.': 'Write an explanation.',
  'Förklaringen får vara högst 1 000 tecken.': 'The explanation can be at most 1,000 characters.',
  'Skriv ett exempel.': 'Write an example.',
  'Exemplet får vara högst 1 000 tecken.': 'The example can be at most 1,000 characters.',
  'Länka högst tio kurser.': 'Link at most ten courses.',
  'Beskriv åtagandet.': 'Describe the commitment.',
  'Åtagandet får vara högst 1 000 tecken.': 'The commitment can be at most 1,000 characters.',
  'Ange högst 10 länkar.': 'Enter at most 10 links.',
  'En länk får vara högst 500 tecken.': 'A link can be at most 500 characters.',
  'En av länkarna måste vara en webbadress som börjar med http:// eller https://.':
    'One of the links must be a web address that starts with http:// or https://.',
  'Nycklarna måste vara unika i mallen.': 'The keys must be unique in the template.',
  'Nyckeln är reserverad.': 'The key is reserved.',
  // lib/validation/checklist-english.ts (the English version of a template: the English words asked for)
  'Skriv rubriken på engelska.': 'Write the heading in English.',
  'Skriv sammanfattningen på engelska.': 'Write the summary in English.',
  'Sammanfattningen får vara högst 500 tecken.': 'The summary can be at most 500 characters.',
  'Inledningen får vara högst 20 000 tecken.': 'The introduction can be at most 20,000 characters.',
  'Skriv åtagandet på engelska.': 'Write the commitment in English.',
  'Skriv förklaringen på engelska.': 'Write the explanation in English.',
  'Skriv exemplet på engelska.': 'Write the example in English.',
  'Ogiltig del av mallen.': 'Invalid part of the template.',
  // lib/validation/competence-plan.ts
  'Skriv antalet timmar som ett tal, till exempel 4 eller 2,5.':
    'Write the number of hours as a number, for example 4 or 2.5.',
  'Timmarna kan inte vara negativa.': 'The hours cannot be negative.',
  'Skriv timmarna med högst en decimal, till exempel 2,5.':
    'Write the hours with at most one decimal, for example 2.5.',
  'Budgeten kan inte vara negativ.': 'The budget cannot be negative.',
  'Skriv budgeten i hela kronor med siffror, till exempel 250 000.':
    'Write the budget in whole kronor, in digits, for example 250 000 or 250,000.',
  'Budgeten kan vara högst 1 000 000 000 kr. Kontrollera siffran.':
    'The budget can be at most 1,000,000,000 kronor. Check the figure.',
  'Skriv beslutsdatumet som åååå-mm-dd, till exempel 2026-03-14.':
    'Write the date of the decision as yyyy-mm-dd, for example 2026-03-14.',
  'Skriv målet i hela procent, 1–100.': 'Write the goal in whole per cent, 1–100.',
  'Välj vilken kurs målet gäller.': 'Choose which course the goal is for.',
  'Välj en målgrupp i listan.': 'Choose a target group from the list.',
  'Målet kan inte vara negativt.': 'The goal cannot be negative.',
  'Målet måste vara minst 1 %.': 'The goal must be at least 1%.',
  'Målet kan inte vara över 100 %.': 'The goal cannot be over 100%.',
  'Skriv ett årtal mellan 2020 och 2100.': 'Write a year between 2020 and 2100.',
  'Högst 200 timmar per anställd och år. Kontrollera siffran.':
    'At most 200 hours per employee and year. Check the figure.',
  'Skriv högst 4 000 tecken.': 'Write at most 4,000 characters.',
  'Högst 20 mål.': 'At most 20 goals.',
  'Högst 30 aktiviteter.': 'At most 30 activities.',
  // Also the written-out limit of group-sessions.ts (place) and identity-provider.ts (client id).
  'Skriv högst 200 tecken.': 'Write at most 200 characters.',
  'Förvaltningen har redan en plan för det året. Öppna den planen och ändra den i stället.':
    'The administration already has a plan for that year. Open that plan and change it instead.',
  'Skriv månaden som ett tal, 1–12.': 'Write the month as a number, 1–12.',
  'Välj vilket slags aktivitet det är.': 'Choose what kind of activity it is.',
  'Skriv vad aktiviteten är.': 'Write what the activity is.',
  'Uppgiften har fel form.': 'The information is in the wrong format.',
  'Skriv beslutets diarienummer eller paragraf med högst 100 tecken.':
    'Write the decision’s reference number or minutes paragraph in at most 100 characters.',
  'Välj vilken förvaltning planen gäller.': 'Choose which administration the plan is for.',
  'Två mål gäller samma kurs och målgrupp. Ta bort det ena.':
    'Two goals are for the same course and target group. Remove one of them.',
  // lib/validation/content.ts
  'Bara små bokstäver a–z, siffror och bindestreck.': 'Only lower-case letters a–z, digits and hyphens.',
  'Datum skrivs ÅÅÅÅ-MM-DD.': 'Dates are written YYYY-MM-DD.',
  'Länken måste börja med https://': 'The link must start with https://',
  'skrEdition krävs när skrStep är satt (stegens nummer skiljer sig mellan utgåvorna).':
    'skrEdition is required when skrStep is set (the step numbers differ between the editions).',
  'Varje fråga ska ha exakt ett rätt svar.': 'Each question must have exactly one right answer.',
  'Sökvägen ska vara /media/<namn>.mp4|webm|vtt (textning på ett annat språk: <namn>.en.vtt)':
    'The path must be /media/<name>.mp4|webm|vtt (captions in another language: <name>.en.vtt)',
  'En mall för skattning ska ha fyra nivåer med poängen 1, 2, 3 och 4 i den ordningen.':
    'A self-assessment template must have four levels scored 1, 2, 3 and 4, in that order.',
  'Bara en mall för skattning har en skala.': 'Only a self-assessment template has a scale.',
  'Nycklarna för avsnitt och punkter måste vara unika i mallen.':
    'The keys of sections and items must be unique in the template.',
  'Tidsplanen för 30 minuter ska bli 30 minuter.': 'The 30-minute schedule must add up to 30 minutes.',
  'Tidsplanen för 60 minuter ska bli 60 minuter.': 'The 60-minute schedule must add up to 60 minutes.',
  'Nyckeln skrivs med a–z, 0–9 och bindestreck.': 'The key is written with a–z, 0–9 and hyphens.',
  'Nivåerna ska ha poängen 1, 2, 3 och 4 i den ordningen.': 'The levels must be scored 1, 2, 3 and 4, in that order.',
  'Varje område ska finnas en gång.': 'Each area must appear exactly once.',
  'Två påståenden har samma nyckel.': 'Two statements have the same key.',
  // lib/validation/course-editor.ts
  'Frågan saknas.': 'The question is missing.',
  'Frågan får vara högst 500 tecken.': 'The question can be at most 500 characters.',
  'Svarsalternativet saknas.': 'The answer option is missing.',
  'Svarsalternativet får vara högst 300 tecken.': 'The answer option can be at most 300 characters.',
  'Förklaringen saknas.': 'The explanation is missing.',
  'Förklaringen får vara högst 1000 tecken.': 'The explanation can be at most 1,000 characters.',
  'Rubriken saknas.': 'The heading is missing.',
  'Rubriken får vara högst 120 tecken.': 'The heading can be at most 120 characters.',
  'Kursens namn saknas.': 'The course name is missing.',
  'Kursens namn får vara högst 120 tecken.': 'The course name can be at most 120 characters.',
  'Sammanfattningen saknas.': 'The summary is missing.',
  'Sammanfattningen får vara högst 300 tecken.': 'The summary can be at most 300 characters.',
  'Texten saknas.': 'The text is missing.',
  'Texten får vara högst 20000 tecken.': 'The text can be at most 20,000 characters.',
  'Textversionen saknas.': 'The text version is missing.',
  'Textversionen får vara högst 20000 tecken.': 'The text version can be at most 20,000 characters.',
  'Längden saknas.': 'The length is missing.',
  'Längden får vara högst 20 tecken.': 'The length can be at most 20 characters.',
  'Lärvägens namn saknas.': 'The learning path name is missing.',
  'Lärvägens namn får vara högst 120 tecken.': 'The learning path name can be at most 120 characters.',
  'En fråga behöver minst två svarsalternativ.': 'A question needs at least two answer options.',
  'Högst fem svarsalternativ.': 'At most five answer options.',
  'Välj vilket svar som är rätt.': 'Choose which answer is right.',
  'Sökvägen får vara högst 200 tecken.': 'The path can be at most 200 characters.',
  'Ange en fil i /media, till exempel /media/film.mp4.': 'Enter a file in /media, for example /media/film.mp4.',
  'Ange gränsen för godkänt.': 'Enter the pass mark.',
  'Gränsen för godkänt måste vara mer än 0 %.': 'The pass mark must be more than 0%.',
  'Gränsen kan vara högst 100 %.': 'The pass mark can be at most 100%.',
  'En kunskapskontroll behöver minst en fråga.': 'A knowledge check needs at least one question.',
  'Högst 20 frågor i en kunskapskontroll.': 'At most 20 questions in a knowledge check.',
  'Välj vilken sorts lektion det är.': 'Choose what kind of lesson it is.',
  'Beskrivningen är för lång.': 'The description is too long.',
  'Välj minst en målgrupp.': 'Choose at least one target group.',
  'Välj minst ett ämne.': 'Choose at least one topic.',
  'Välj ett ämne i listan.': 'Choose a topic from the list.',
  'Ange ungefärlig tid i hela minuter.': 'Enter the approximate time in whole minutes.',
  'Ange ungefärlig tid i minuter.': 'Enter the approximate time in minutes.',
  'Ange högst 600 minuter.': 'Enter at most 600 minutes.',
  'En kurs behöver minst en lektion.': 'A course needs at least one lesson.',
  'Högst tolv lektioner i en kurs.': 'At most twelve lessons in a course.',
  'Två lektioner har samma kortnamn. Ge varje lektion ett eget.':
    'Two lessons have the same short name. Give each lesson its own.',
  'Kursen saknar id.': 'The course has no id.',
  'Kommentaren får vara högst 300 tecken.': 'The comment can be at most 300 characters.',
  'Introduktionen får vara högst 5 000 tecken.': 'The introduction can be at most 5,000 characters.',
  'Välj minst en kurs.': 'Choose at least one course.',
  'Välj varje kurs högst en gång.': 'Choose each course no more than once.',
  'Högst 20 kurser i en lärväg.': 'At most 20 courses in a learning path.',
  // lib/validation/deletion-requests.ts
  'Skriv ett svar till personen: vilka uppgifter som måste sparas och varför, till exempel enligt arkivlagen.':
    'Write an answer to the person: which data must be kept and why, for example under the Archives Act.',
  'Välj vad som ska göras med begäran.': 'Choose what to do with the request.',
  'Skriv svaret som text.': 'Write the answer as text.',
  'Svaret får vara högst 2 000 tecken.': 'The answer can be at most 2,000 characters.',
  // lib/validation/evaluation.ts
  'Välj ett av svaren från 1 till 5.': 'Choose one of the answers from 1 to 5.',
  'Kommentaren får vara högst 1 000 tecken.': 'The comment can be at most 1,000 characters.',
  'Kommentaren innehåller ett tecken som inte kan sparas.': 'The comment contains a character that cannot be saved.',
  // lib/validation/examples.ts
  'Berätta vad ni gjorde.': 'Tell us what you did.',
  'Berätta vad ni lärde er.': 'Tell us what you learned.',
  'Okänt ämne.': 'Unknown topic.',
  'Okänd målgrupp.': 'Unknown target group.',
  'Välj vad du vill göra med exemplet.': 'Choose what you want to do with the example.',
  'Skriv högst 1 000 tecken.': 'Write at most 1,000 characters.',
  'Skriv högst 3000 tecken.': 'Write at most 3,000 characters.',
  'Skriv högst 120 tecken.': 'Write at most 120 characters.',
  'Skriv högst 300 tecken.': 'Write at most 300 characters.',
  'Skriv en kommentar till den som skrev exemplet: vad ska ändras, eller varför publiceras det inte?':
    'Write a comment to the person who wrote the example: what should be changed, or why is it not published?',
  // lib/validation/form.ts
  'Texten får inte innehålla radbrytningar eller andra styrtecken.':
    'The text cannot contain line breaks or other control characters.',
  'Skriv en text.': 'Write some text.',
  'Sidan har ett ogiltigt versionsnummer. Ladda om sidan och försök igen.':
    'The page has an invalid version number. Reload the page and try again.',
  'Välj varje alternativ högst en gång.': 'Choose each option no more than once.',
  'Skriv vanlig text utan HTML-taggar (tecknet < följt av en bokstav).':
    'Write plain text without HTML tags (the character < followed by a letter).',
  // lib/validation/group-sessions.ts
  'Välj vilket slags möte det är.': 'Choose what kind of meeting it is.',
  'Välj minst en enhet som ska bjudas in.': 'Choose at least one unit to invite.',
  'Välj högst 200 enheter.': 'Choose at most 200 units.',
  'Skriv tiden som tt:mm, till exempel 13:30.': 'Write the time as hh:mm, for example 13:30.',
  'Skriv hur många minuter träffen tar.': 'Write how many minutes the session takes.',
  'Skriv hela minuter.': 'Write whole minutes.',
  'Välj högst 20 lektioner.': 'Choose at most 20 lessons.',
  'Okänd vägledningssida.': 'Unknown guidance page.',
  'Välj högst 10 vägledningssidor.': 'Choose at most 10 guidance pages.',
  'Välj högst 10 lärande exempel.': 'Choose at most 10 learning examples.',
  'Skriv var ni ses, eller markera att träffen är digital.':
    'Write where you will meet, or mark the session as online.',
  'Välj en kurs eller minst en vägledningssida som träffen handlar om.':
    'Choose a course or at least one guidance page that the session is about.',
  'Ta bort bocken för Hela kursen om ni bara går igenom de lektioner du har valt.':
    'Untick Whole course if you will only go through the lessons you have chosen.',
  'Välj vilka lektioner ni går igenom, eller hela kursen.':
    'Choose which lessons you will go through, or the whole course.',
  'Högst 2 000 deltagare per träff.': 'At most 2,000 participants per session.',
  'En träff tar minst 10 minuter.': 'A session takes at least 10 minutes.',
  'En träff tar högst 480 minuter.': 'A session takes at most 480 minutes.',
  'Skriv högst 500 tecken.': 'Write at most 500 characters.',
  'Anteckningarna får vara högst 4000 tecken.': 'The notes can be at most 4,000 characters.',
  // lib/validation/guide.ts
  'Skriv en titel.': 'Write a title.',
  'Skriv en sammanfattning.': 'Write a summary.',
  'Skriv sidans text.': 'Write the page’s text.',
  'Skriv källans titel.': 'Write the source’s title.',
  'Skriv utgivare.': 'Write the publisher.',
  'Högst 10 tecken.': 'At most 10 characters.',
  'Högst 20 tecken.': 'At most 20 characters.',
  'Högst 120 tecken.': 'At most 120 characters.',
  'Högst 300 tecken.': 'At most 300 characters.',
  'Högst 500 tecken.': 'At most 500 characters.',
  'Högst 100000 tecken.': 'At most 100,000 characters.',
  'Högst 20 relaterade sidor.': 'At most 20 related pages.',
  'Högst 30 källor.': 'At most 30 sources.',
  'Ange utgåva när du anger steg (stegens nummer skiljer sig mellan utgåvorna).':
    'Enter the edition when you enter a step (the step numbers differ between the editions).',
  'Länken får vara högst 2 000 tecken.': 'The link can be at most 2,000 characters.',
  'Minst 3 tecken.': 'At least 3 characters.',
  'Skriv stegets nummer, 1–10.': 'Write the step number, 1–10.',
  'Minst 4 tecken, till exempel 2019.': 'At least 4 characters, for example 2019.',
  'Ange minst en källa.': 'Enter at least one source.',
  // lib/validation/identity-provider.ts
  'Skriv utfärdarens adress.': 'Write the issuer’s address.',
  'Adressen får vara högst 300 tecken.': 'The address can be at most 300 characters.',
  'Skriv en adress som börjar med https://, till exempel https://login.microsoftonline.com/<katalog-id>/v2.0.':
    'Write an address that starts with https://, for example https://login.microsoftonline.com/<directory-id>/v2.0.',
  'Skriv minst en e-postdomän.': 'Write at least one email domain.',
  'Skriv domänerna som till exempel sjostad.se, åtskilda med kommatecken.':
    'Write the domains in the form sjostad.se, separated by commas.',
  'Allmänna e-posttjänster, till exempel gmail.com, kan inte kopplas till en organisation.':
    'Public email services, such as gmail.com, cannot be linked to an organisation.',
  'Skriv klient-id (application id).': 'Write the client ID (application ID).',
  'Hemligheten får vara högst 500 tecken.': 'The secret can be at most 500 characters.',
  'Skriv knappens text, till exempel Logga in med Sjöstads konto.':
    'Write the text for the button, for example Sign in with your Sjöstad account.',
  'Högst 20 domäner får anges.': 'At most 20 domains can be entered.',
  // Also the written-out limit of scim.ts (the key's name).
  'Skriv högst 60 tecken.': 'Write at most 60 characters.',
  // lib/validation/learning.ts
  'Skriv ditt svar innan du sparar.': 'Write your answer before you save.',
  'Svaret får vara högst 5 000 tecken.': 'The answer can be at most 5,000 characters.',
  // lib/validation/scim.ts
  'Skriv vad nyckeln är till för, till exempel Entra ID.': 'Write what the key is for, for example Entra ID.',
  'Välj ett av attributen i listan.': 'Choose one of the attributes in the list.',
  'Enhet och målgrupp kan inte komma från samma attribut.':
    'Unit and target group cannot come from the same attribute.',
  // lib/validation/search.ts
  'Skriv minst en bokstav eller siffra. Det går inte att söka på bara tecken som # eller %.':
    'Write at least one letter or digit. You cannot search for only symbols such as # or %.',
  'Sökningen gick inte att läsa.': 'The search could not be read.',
  // lib/validation/self-assessment-editor.ts
  'Skriv en benämning av nivån.': 'Write a name for the level.',
  'Beskriv nivån.': 'Describe the level.',
  'Beskriv området.': 'Describe the area.',
  'Välj högst fyra kurser.': 'Choose at most four courses.',
  'Välj varje kurs en gång.': 'Choose each course once.',
  'Välj högst sex sidor.': 'Choose at most six pages.',
  'Välj varje sida en gång.': 'Choose each page once.',
  'Skriv påståendet.': 'Write the statement.',
  'Välj bland de fyra målgrupperna.': 'Choose from the four target groups.',
  // lib/validation/zod.ts
  'Fältet är tomt.': 'The field is empty.',
  'Välj minst ett.': 'Choose at least one.',
  'Skriv en giltig e-postadress.': 'Write a valid email address.',
  'Skriv en giltig webbadress.': 'Write a valid web address.',
  'Uppgiften saknas.': 'The information is missing.',
  'Ange ett heltal.': 'Enter a whole number.',
  'Ange ett tal.': 'Enter a number.',
  'Formuläret innehåller fält som inte hör hit.': 'The form contains fields that do not belong here.',
  'Uppgiften är ogiltig.': 'The information is not valid.',
  // lib/errors.ts
  'Du behöver logga in först.': 'You need to sign in first.',
  'Sidan eller uppgiften finns inte.': 'The page or item does not exist.',
  'Du har inte behörighet till det här.': 'You do not have permission for this.',
  'Något gick fel. Försök igen om en stund, eller kontakta portalens administratör.':
    'Something went wrong. Please try again in a while, or contact the portal administrator.',
  // lib/actions
  'Rätta de markerade fälten.': 'Correct the marked fields.',
  'Filen är tom.': 'The file is empty.',
  'Välj en CSV-fil att importera.': 'Choose a CSV file to import.',
  'Filen är ingen CSV-fil. Välj en fil som slutar på .csv.':
    'The file is not a CSV file. Choose a file that ends in .csv.',
  'Förhandsgranska filen först.': 'Preview the file first.',
  'Importen är klar. Allt i filen stämde redan, så inget ändrades.':
    'The import is done. Everything in the file was already up to date, so nothing was changed.',
  'Importen är klar.': 'The import is done.',
  'Ändringarna är sparade.': 'The changes are saved.',
  'Personen är aktiv igen och kan logga in.': 'The person is active again and can sign in.',
  'Personen är inaktiverad. Hen kan inte logga in, och historiken finns kvar.':
    'The person is deactivated. They cannot sign in, and their history is kept.',
  'Inställningarna är sparade.': 'The settings are saved.',
  'Namnet är sparat.': 'The name is saved.',
  'Enheten är flyttad, med alla enheter under den.': 'The unit is moved, with all the units under it.',
  'Chefsuppdraget är borttaget. Personen har kvar sin roll; ändra den under Personer om det behövs.':
    'The person is no longer manager of the unit. They keep their role; change it under People if needed.',
  'Inget har tilldelats. Rätta de markerade fälten.': 'Nothing has been assigned. Correct the marked fields.',
  'Kursen är inte återkallad. Rätta det markerade fältet.': 'The course is not withdrawn. Correct the marked field.',
  'Slutdatumet är inte ändrat. Rätta det markerade fältet.': 'The due date is not changed. Correct the marked field.',
  'Länken fungerar inte. Kontrollera att du använde hela länken i e-posten, eller stäng av sammanfattningen under Mitt team.':
    'The link does not work. Check that you used the whole link in the email, or turn off the summary under My team.',
  'Klart. Du får inte längre veckosammanfattningen. Du kan slå på den igen under Mitt team.':
    'Done. You will no longer get the weekly summary. You can turn it on again under My team.',
  'Välj en förvaltning.': 'Choose an administration.',
  'Skattningen är sparad.': 'The self-assessment is saved.',
  'Du ändrade inget, så ingen ny version sparades.': 'You did not change anything, so no new version was saved.',
  'Den versionen är redan den senaste.': 'That version is already the latest.',
  'Punkten är sparad.': 'The item is saved.',
  'Du ändrade inget, så inget sparades.': 'You did not change anything, so nothing was saved.',
  'Kommentaren är sparad.': 'The comment is saved.',
  'Planen är inte sparad. Rätta de markerade fälten.': 'The plan is not saved. Correct the marked fields.',
  'Kursen kunde inte läsas. Ladda om sidan och försök igen.':
    'The course could not be read. Reload the page and try again.',
  'Kursen är inte sparad. Rätta felen nedan och spara igen.':
    'The course is not saved. Correct the errors below and save again.',
  'Kursen är sparad och publicerad. Deltagarna ser den nya versionen nu.':
    'The course is saved and published. Participants see the new version now.',
  'Utvärderingen är inte sparad. Rätta det som är markerat.': 'The evaluation is not saved. Correct what is marked.',
  'Tack! Din utvärdering är sparad. Den visas för redaktionen utan ditt namn.':
    'Thank you! Your evaluation is saved. The editors see it without your name.',
  'Exemplet är inte skickat. Rätta de markerade fälten.': 'The example is not sent. Correct the marked fields.',
  'Exemplet är inte sparat. Rätta de markerade fälten.': 'The example is not saved. Correct the marked fields.',
  'Ditt namn visas vid exemplet.': 'Your name is shown with the example.',
  'Exemplet visas som skrivet av en kollega på din enhet.':
    'The example is shown as written by a colleague in your unit.',
  'Träffen är inte sparad. Rätta de markerade fälten.': 'The session is not saved. Correct the marked fields.',
  'Träffen är inte ändrad. Rätta de markerade fälten.': 'The session is not changed. Correct the marked fields.',
  'Träffen är inte inställd. Rätta det markerade fältet.': 'The session is not cancelled. Correct the marked field.',
  'Inga ändringar att spara.': 'No changes to save.',
  'Sidan finns inte längre. Den kan ha tagits bort. Din text finns kvar i formuläret.':
    'The page no longer exists. It may have been deleted. Your text is still in the form.',
  'Inloggningen med jobbkonto är sparad. Leverantörens inställningar gick att läsa.':
    'Sign-in with a work account is saved. The provider’s settings could be read.',
  'Inloggningen med jobbkonto är borttagen. Personerna loggar nu in med lösenord eller länk.':
    'Sign-in with a work account is removed. People now sign in with a password or a link.',
  'Lektionen kunde inte markeras som klar.': 'The lesson could not be marked as done.',
  'Kunskapskontrollen kunde inte skickas.': 'The knowledge check could not be sent.',
  'Lärvägen är sparad och publicerad.': 'The learning path is saved and published.',
  'Din begäran är skickad till portalens administratör. Du får besked inom en månad.':
    'Your request has been sent to the portal’s administrator. You will get an answer within a month.',
  'Du har redan en begäran om radering som väntar på handläggning.':
    'You already have a request for erasure that is waiting to be handled.',
  'Begäran är inte handlagd. Rätta de markerade fälten.': 'The request is not handled. Correct the marked fields.',
  'Regeln sparades inte. Rätta de markerade fälten.': 'The rule was not saved. Correct the marked fields.',
  'Regeln är borttagen. Kurser som redan tilldelats finns kvar, liksom allt som personerna har gjort.':
    'The rule is removed. Courses that have already been assigned are kept, as is everything the people have done.',
  'Nyckeln är skapad. Kopiera den nu: den visas bara den här gången.':
    'The key is created. Copy it now: it is only shown this once.',
  'Nyckeln är återkallad. Provisionering med den nekas från och med nu.':
    'The key is revoked. Provisioning with it is refused from now on.',
  'Attributen för enhet och målgrupp är sparade.': 'The attributes for unit and target group are saved.',
  'Rätta de markerade fälten. Inget är sparat.': 'Correct the marked fields. Nothing is saved.',
  'Dina svar är sparade.': 'Your answers are saved.',
  'Din organisation har ingen inloggning med jobbkonto i portalen. Logga in med lösenord eller med en länk i e-post.':
    'Your organisation has no sign-in with a work account in the portal. Sign in with a password or with a link by email.',
  // expected errors in lib and app
  'Leverantörens inställningar saknar uppgifter som inloggningen behöver (OpenID Connect).':
    'The provider’s settings lack information that signing in needs (OpenID Connect).',
  'Leverantören erbjuder inte inloggning med auktoriseringskod, som portalen använder.':
    'The provider does not offer sign-in with an authorisation code, which the portal uses.',
  'Leverantören stöder inte PKCE med S256, som portalen kräver.':
    'The provider does not support PKCE with S256, which the portal requires.',
  'Bara värdorganisationens strateger och administratörer kan ändra innehållet.':
    'Only the host organisation’s strategists and administrators can change the content.',
  'En punkts nyckel kan inte ändras: organisationernas arbete är kopplat till den.':
    'An item’s key cannot be changed: the organisations’ work is linked to it.',
  'Ett avsnitt måste ha minst en punkt.': 'A section must have at least one item.',
  'Ett avsnitt måste ha minst en punkt. Lägg till en ny punkt innan du tar bort den sista.':
    'A section must have at least one item. Add a new item before you remove the last one.',
  'Området finns inte i självskattningen.': 'The area is not in the self-assessment.',
  'Påståendet finns inte längre i självskattningen. Ladda om sidan.':
    'The statement is no longer in the self-assessment. Reload the page.',
  'Självskattningen har fyra nivåer.': 'The self-assessment has four levels.',
  'Välj bara bland de publicerade kurserna.': 'Choose only from the published courses.',
  'Välj bara bland de publicerade sidorna med vägledning.': 'Choose only from the published guidance pages.',
  'Personen finns inte eller ligger utanför det du har behörighet till.':
    'The person does not exist or is outside what you have access to.',
  'Enheten finns inte eller hör inte till dina enheter.': 'The unit does not exist or is not one of your units.',
  'Regeln finns inte eller är redan borttagen.': 'The rule does not exist or has already been removed.',
  'Sidan finns inte längre. Den kan ha tagits bort.': 'The page no longer exists. It may have been deleted.',
  'Versionen finns inte för den här kursen.': 'The version does not exist for this course.',
  'Versionen finns inte.': 'The version does not exist.',
  'Sidan har ändrats sedan du öppnade historiken. Ladda om sidan och försök igen.':
    'The page has changed since you opened the history. Reload the page and try again.',
  'Du har inget intyg för den lärvägen ännu.': 'You do not have a certificate for that learning path yet.',
  'Intyget är återkallat och kan inte hämtas.': 'The certificate has been revoked and cannot be downloaded.',
  'Personen finns inte.': 'The person does not exist.',
  'Du kan inte ta bort din egen administratörsbehörighet. Be en annan administratör om det.':
    'You cannot remove your own administrator role. Ask another administrator to do it.',
  'Personen är chef för en eller flera enheter och behöver minst rollen Chef. Ta bort chefsuppdragen under Enheter först.':
    'The person is manager of one or more units and needs at least the Manager role. Remove them as manager of those units under Units first.',
  'Du kan inte inaktivera dig själv.': 'You cannot deactivate yourself.',
  'Bara värdorganisationens strateger och administratörer kan ändra självskattningen.':
    'Only the host organisation’s strategists and administrators can change the self-assessment.',
  'Självskattningen finns inte än.': 'The self-assessment does not exist yet.',
  'En eller flera av de valda personerna finns inte, är inaktiverade eller hör inte till dina enheter. Ingen påminnelse har skickats.':
    'One or more of the chosen people do not exist, are deactivated or are not in your units. No reminder has been sent.',
  'Skriv varför kursen återkallas. Inget har ändrats.':
    'Write why the course is being withdrawn. Nothing has been changed.',
  'Skälet får vara högst 500 tecken. Inget har ändrats.':
    'The reason can be at most 500 characters. Nothing has been changed.',
  'Det är redan slutdatumet. Inget har ändrats.': 'That is already the due date. Nothing has been changed.',
  'Personen som begäran gäller finns inte.': 'The person the request is about does not exist.',
  'Enheten finns inte. Välj en enhet i listan.': 'The unit does not exist. Choose a unit from the list.',
  'Mallen finns inte.': 'The template does not exist.',
  'Begäran finns inte.': 'The request does not exist.',
  'Kursen har ingen sparad version att publicera.': 'The course has no saved version to publish.',
  'Bara redaktörer i organisationen som äger innehållet kan ändra kurser.':
    'Only editors in the organisation that owns the content can change courses.',
  'Kursen finns inte.': 'The course does not exist.',
  'Enheten finns inte eller hör inte till dina enheter. Inget har tilldelats.':
    'The unit does not exist or is not one of your units. Nothing has been assigned.',
  'Du är inte chef för någon enhet. Inget har tilldelats.':
    'You are not manager of any unit. Nothing has been assigned.',
  'Det finns ingen aktiv person att tilldela i det du valde. Inget har tilldelats.':
    'There is no active person to assign to in what you chose. Nothing has been assigned.',
  'En vald kurs finns inte eller är inte publicerad. Inget har sparats.':
    'A chosen course does not exist or is not published. Nothing has been saved.',
  'Välj en förvaltning i er organisation. Inget har sparats.':
    'Choose an administration in your organisation. Nothing has been saved.',
  'Planen finns inte.': 'The plan does not exist.',
  'Någon annan har sparat planen sedan du öppnade den. Ladda om sidan för att se ändringarna. Inget har sparats.':
    'Someone else has saved the plan since you opened it. Reload the page to see the changes. Nothing has been saved.',
  'Enheten finns inte.': 'The unit does not exist.',
  'Det finns ingen person med den e-postadressen i organisationen.':
    'There is no person with that email address in the organisation.',
  'Personen är inte chef för enheten.': 'The person is not manager of the unit.',
  'Lärvägen finns inte.': 'The learning path does not exist.',
  'En av kurserna finns inte eller är inte publicerad.': 'One of the courses does not exist or is not published.',
  'Någon annan har sparat lärvägen medan du arbetade. Ladda om sidan och gör ändringen igen.':
    'Someone else saved the learning path while you were working. Reload the page and make the change again.',
  'Förvaltningen finns inte.': 'The administration does not exist.',
  'Bara förvaltningens ledning, en strateg eller en administratör kan skatta förvaltningen.':
    'Only the administration’s management, a strategist or an administrator can assess the administration.',
  'Självskattningen finns inte.': 'The self-assessment does not exist.',
  'Påståendena har ändrats sedan du öppnade sidan. Ladda om sidan och skatta igen. Inget är sparat.':
    'The statements have changed since you opened the page. Reload the page and assess again. Nothing is saved.',
  'Träffen finns inte eller är redan inställd.': 'The session does not exist or has already been cancelled.',
  'Träffen gäller enheter som inte är dina. Inget har ändrats.':
    'The session is for units that are not yours. Nothing has been changed.',
  'Träffen har redan börjat och kan inte ställas in. Rätta närvaron i stället om den inte blev av.':
    'The session has already started and cannot be cancelled. Correct the attendance instead if it did not take place.',
  'Träffen finns inte.': 'The session does not exist.',
  'Träffen gäller enheter som inte är dina. Inget har sparats.':
    'The session is for units that are not yours. Nothing has been saved.',
  'Träffen har inte börjat än. Närvaron fyller du i när ni har setts. Inget har sparats.':
    'The session has not started yet. Fill in the attendance once you have met. Nothing has been saved.',
  'En markerad person hör inte till träffens enheter. Inget har sparats.':
    'A marked person does not belong to the session’s units. Nothing has been saved.',
  'Någon sparade närvaron samtidigt. Ladda om sidan och försök igen.':
    'Someone saved the attendance at the same time. Reload the page and try again.',
  'Sidan har ändrats sedan du öppnade den. Titta på den senaste versionen innan du publicerar.':
    'The page has changed since you opened it. Look at the latest version before you publish.',
  'Enheten finns inte i din organisation. Inget har sparats.':
    'The unit does not exist in your organisation. Nothing has been saved.',
  'Exemplet finns inte bland dina.': 'The example is not among yours.',
  'Exemplet är återkallat eller avböjt och kan inte ändras. Skriv ett nytt i stället.':
    'The example has been withdrawn or declined and cannot be changed. Write a new one instead.',
  'Exemplet har ändrats sedan du öppnade det (kanske granskat). Ladda om sidan och gör ändringen igen.':
    'The example has changed since you opened it (it may have been reviewed). Reload the page and make the change again.',
  'Exemplet finns inte.': 'The example does not exist.',
  'Exemplet väntar inte på granskning längre (det har ändrats eller återkallats). Ladda om sidan.':
    'The example is no longer waiting for review (it has been changed or withdrawn). Reload the page.',
  'Organisationen finns inte.': 'The organisation does not exist.',
  'Nyckeln finns inte.': 'The key does not exist.',
  'Kursen finns inte eller är inte publicerad. Inget har tilldelats.':
    'The course does not exist or is not published. Nothing has been assigned.',
  'Lärvägen finns inte eller har inga publicerade kurser. Inget har tilldelats.':
    'The learning path does not exist or has no published courses. Nothing has been assigned.',
  'Träffen gäller enheter som inte är dina.': 'The session is for units that are not yours.',
  'Kursen finns inte eller är inte publicerad. Inget har sparats.':
    'The course does not exist or is not published. Nothing has been saved.',
  'En vald lektion hör inte till kursen. Inget har sparats.':
    'A chosen lesson does not belong to the course. Nothing has been saved.',
  'En vald vägledningssida finns inte. Inget har sparats.':
    'A chosen guidance page does not exist. Nothing has been saved.',
  'Ett valt lärande exempel är inte publicerat längre. Inget har sparats.':
    'A chosen learning example is no longer published. Nothing has been saved.',
  'Tiden har redan passerat. Välj en tid som inte har varit. Inget har sparats.':
    'The time has already passed. Choose a time that is still to come. Nothing has been saved.',
  'En vald enhet finns inte eller hör inte till dina enheter. Inget har sparats.':
    'A chosen unit does not exist or is not one of your units. Nothing has been saved.',
  'Det finns ingen aktiv person i de valda enheterna att bjuda in. Inget har sparats.':
    'There is no active person to invite in the chosen units. Nothing has been saved.',
  'Tiden har redan passerat. Välj en tid som inte har varit. Inget har ändrats.':
    'The time has already passed. Choose a time that is still to come. Nothing has been changed.',
  'Träffen har redan börjat och kan inte flyttas. Planera en ny i stället.':
    'The session has already started and cannot be moved. Plan a new one instead.',
  'Frågorna har ändrats sedan du öppnade sidan. Ladda om sidan och svara igen. Inget är sparat.':
    'The questions have changed since you opened the page. Reload the page and answer again. Nothing is saved.',
  'Checklistan finns inte.': 'The checklist does not exist.',
  'Punkten finns inte i den här checklistans mall.': 'The item is not in this checklist’s template.',
  'Du kan bara ändra punkter där du är ansvarig.': 'You can only change items you are responsible for.',
  'Bara strateger och administratörer kan byta ansvarig för en punkt.':
    'Only strategists and administrators can change who is responsible for an item.',
  'Den ansvariga personen måste vara en aktiv användare i er organisation.':
    'The responsible person must be an active user in your organisation.',
  'Du kan bara kommentera punkter som du får ändra.': 'You can only comment on items that you may change.',
  'Du har inget intyg för den kursen ännu.': 'You do not have a certificate for that course yet.',
  'Mallen finns inte eller är inte publicerad.': 'The template does not exist or is not published.',
  'Den mallen är en självskattning: den fylls i per förvaltning under Checklista, Självskattning.':
    'That template is a self-assessment: it is filled in per administration under Checklist, Self-assessment.',
  'Välj en förvaltning i er organisation.': 'Choose an administration in your organisation.',
  'Den checklistan finns redan.': 'That checklist already exists.',
  'Intyget finns inte i din organisation. Inget har sparats.':
    'The certificate does not exist in your organisation. Nothing has been saved.',
  'Intyget är redan återkallat.': 'The certificate has already been revoked.',
  'Filen har fel. Inget har sparats. Rätta raderna och förhandsgranska igen.':
    'The file has errors. Nothing has been saved. Correct the rows and preview again.',
  'Något har ändrats sedan förhandsgranskningen. Inget har sparats. Förhandsgranska filen igen.':
    'Something has changed since the preview. Nothing has been saved. Preview the file again.',
  'Importen kunde inte sparas. Inget har ändrats. Försök igen om en stund.':
    'The import could not be saved. Nothing has been changed. Please try again in a while.',
  'Skriv klienthemligheten.': 'Write the client secret.',
  'Utfärdarens adress måste börja med https://.': 'The issuer’s address must start with https://.',
  'Lektionen finns inte, eller så är kursen inte öppen.': 'The lesson does not exist, or the course is not open.',
  'Lektionen hör inte till den här kursen.': 'The lesson does not belong to this course.',
  'En kunskapskontroll blir klar när du klarar den.': 'A knowledge check is done when you pass it.',
  'Lektionen är ingen kunskapskontroll.': 'The lesson is not a knowledge check.',
  'Lektionen är ingen reflektion.': 'The lesson is not a reflection.',
  'Kursen finns inte, eller så är den inte öppen.': 'The course does not exist, or it is not open.',
  'Du kan utvärdera kursen när du har gått klart den. Inget har sparats.':
    'You can evaluate the course when you have finished it. Nothing has been saved.',
  'Svaret gäller en fråga som inte finns i kunskapskontrollen.':
    'The answer is for a question that is not in the knowledge check.',
  'Svara på alla frågor innan du skickar in.': 'Answer all questions before you submit.',
  'Ett av svaren finns inte bland alternativen.': 'One of the answers is not among the options.',
  'Välj format csv eller json.': 'Choose the format csv or json.',
  'Tabellen finns inte.': 'The table does not exist.',
  'Det finns ingen samtalsguide för den här kursen.': 'There is no discussion guide for this course.',
  'Språket kan bara väljas från portalens egna sidor.': 'The language can only be chosen from the portal’s own pages.',
  // Messages that reach the person through a constant, a variable or a helper (not a literal argument).
  'Bara strateger och administratörer gör regler för hela organisationen. Välj en av dina enheter.':
    'Only strategists and administrators make rules for the whole organisation. Choose one of your units.',
  'Någon annan har sparat sidan medan du redigerade. Dina ändringar är inte sparade, men de finns kvar i formuläret.':
    'Someone else saved the page while you were editing. Your changes are not saved, but they are still in the form.',
  'Adressen används redan av en annan sida. Välj en annan.':
    'The address is already used by another page. Choose another one.',
  'Någon annan har sparat kursen medan du arbetade. Dina ändringar är inte sparade men finns kvar i formuläret: ladda om sidan i en ny flik, jämför och för in dem igen.':
    'Someone else saved the course while you were working. Your changes are not saved but are still in the form: reload the page in a new tab, compare and enter them again.',
  'Personens uppgifter är raderade på egen begäran. Kontot kan inte ändras eller aktiveras igen; lägg till personen på nytt om det behövs.':
    'The person’s data has been erased at their own request. The account cannot be changed or activated again; add the person anew if needed.',
  'Någon annan har ändrat personen sedan du öppnade sidan, till exempel er identitetsleverantör. Ladda om sidan och gör ändringen igen.':
    'Someone else has changed the person since you opened the page, for example your identity provider. Reload the page and make the change again.',
  'Någon annan har sparat en ny version av självskattningen medan du arbetade. Din ändring är inte sparad. Ladda om sidan och gör om ändringen.':
    'Someone else saved a new version of the self-assessment while you were working. Your change is not saved. Reload the page and make the change again.',
  'Tilldelningen finns inte eller hör inte till dina enheter. Inget har ändrats.':
    'The assignment does not exist or is not in your units. Nothing has been changed.',
  'Personen är organisationens enda aktiva administratör, och uppgifterna kan därför inte raderas nu. Gör först en annan person till administratör.':
    'The person is the organisation’s only active administrator, so their data cannot be erased now. First make another person an administrator.',
  'E-postadressen används redan av en annan person i organisationen.':
    'The email address is already used by another person in the organisation.',
  'E-postadressen används redan av ett annat konto i portalen. Kontakta portalens förvaltning om personen har bytt organisation.':
    'The email address is already used by another account in the portal. Contact the team that runs the portal if the person has changed organisation.',
  'Anställningsnumret används redan av en annan person i organisationen.':
    'The employee number is already used by another person in the organisation.',
  'En annan person i organisationen har redan samma id hos identitetsleverantören (externalId).':
    'Another person in the organisation already has the same id at the identity provider (externalId).',
  'Någon annan har ändrat mallen medan du arbetade. Dina ändringar är inte sparade. Ladda om sidan och gör om ändringen.':
    'Someone else changed the template while you were working. Your changes are not saved. Reload the page and make the change again.',
  'Begäran är redan handlagd, och inget har ändrats. Ladda om sidan för att se hur.':
    'The request has already been handled, and nothing has been changed. Reload the page to see how.',
  'En eller flera av de valda personerna finns inte eller hör inte till dina enheter. Inget har tilldelats.':
    'One or more of the chosen people do not exist or are not in your units. Nothing has been assigned.',
  'Du kan bara göra och ändra planer för förvaltningar du är chef för. Inget har sparats.':
    'You can only make and change plans for administrations you are manager of. Nothing has been saved.',
  'Du har redan utvärderat kursen. Tack för ditt svar!':
    'You have already evaluated the course. Thank you for your answer!',
  'Någon annan har sparat ändringar i punkten medan du arbetade. Dina ändringar är inte sparade, men de finns kvar i formuläret. Jämför med det som nu är sparat och spara igen om du vill ersätta det.':
    'Someone else saved changes to the item while you were working. Your changes are not saved, but they are still in the form. Compare with what is saved now, and save again if you want to replace it.',
  'Filen finns inte, eller så får du inte se den.': 'The file does not exist, or you may not see it.',
  'Välj svenska, engelska eller webbläsarens språk.': 'Choose Swedish, English or the browser’s language.',
  // lib/uploads/rules.ts
  'Bilden är större än 5 MB. Välj en mindre bild.': 'The image is larger than 5 MB. Choose a smaller image.',
  'Bilden måste vara en PNG-, JPEG- eller WebP-bild. Den valda filen är inte det.':
    'The image must be a PNG, JPEG or WebP image. The chosen file is not.',
  'Filmen är större än 50 MB. Korta den eller spara den i lägre upplösning.':
    'The film is larger than 50 MB. Shorten it or save it at a lower resolution.',
  'Filmen måste vara en MP4- eller WebM-fil. Den valda filen är inte det.':
    'The film must be an MP4 or WebM file. The chosen file is not.',
  'Undertextfilen är större än 200 kB.': 'The captions file is larger than 200 kB.',
  'Undertexterna måste vara en WebVTT-fil (.vtt) som börjar med WEBVTT.':
    'The captions must be a WebVTT file (.vtt) that starts with WEBVTT.',
  'Beskriv vad bilden visar. Texten läses upp för den som inte ser bilden.':
    'Describe what the image shows. The text is read aloud to people who cannot see the image.',
  'En film behöver undertexter: välj en WebVTT-fil (.vtt), så att den som inte hör ljudet kan följa med.':
    'A film needs captions: choose a WebVTT file (.vtt), so that people who cannot hear the sound can follow it.',
  'Undertexterna hör till en film. Välj filmen också, eller ta bort undertextfilen.':
    'The captions belong to a film. Choose the film too, or remove the captions file.',
  // lib/units/tree.ts
  'En enhet kan inte flyttas in i sig själv.': 'A unit cannot be moved into itself.',
  'En enhet kan inte flyttas in under en av sina egna underenheter.':
    'A unit cannot be moved under one of its own subunits.',
  // lib/checklist/score.ts, lib/self-assessment/questionnaire.ts
  'Välj en av de fyra nivåerna.': 'Choose one of the four levels.',
  'Nivån ska vara 1, 2, 3 eller 4.': 'The level must be 1, 2, 3 or 4.',
  'Välj ett av de fyra svaren.': 'Choose one of the four answers.',
  'Svaret ska vara 1, 2, 3 eller 4.': 'The answer must be 1, 2, 3 or 4.',
  // lib/checklist/score.ts, lib/self-assessment/edit.ts: written-out limits
  'Anteckningen får vara högst 2000 tecken. Inget är sparat.':
    'The note can be at most 2,000 characters. Nothing is saved.',
  'Ett område kan ha högst 8 påståenden. Ta bort ett innan du lägger till ett nytt.':
    'An area can have at most 8 statements. Remove one before you add a new one.',
  // lib/import/decode.ts, lib/import/parse.ts
  'Filen är ingen CSV-fil. Spara den som CSV (UTF-8 eller Windows-1252) i kalkylprogrammet och försök igen.':
    'The file is not a CSV file. Save it as CSV (UTF-8 or Windows-1252) in your spreadsheet program and try again.',
  'Filen har inga kolumner. Kolumnerna ska skiljas åt med komma eller semikolon, och första raden ska ha kolumnernas namn.':
    'The file has no columns. The columns must be separated by commas or semicolons, and the first row must have the names of the columns.',
  'Filen har inga personer, bara en rubrikrad.': 'The file has no people, only a header row.',
};
